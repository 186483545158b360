<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The service could not be reached. Check your network connection and try again.</source>
        <translation>The service could not be reached. Check your network connection and try again.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Please try again.</source>
        <translation>The service did not answer in time. Please try again.</translation>
    </message>
    <message>
        <source>The service sent an answer that could not be read. Please try again later.</source>
        <translation>The service sent an answer that could not be read. Please try again later.</translation>
    </message>
    <message>
        <source>The service sent an unexpectedly large answer. Please try again later.</source>
        <translation>The service sent an unexpectedly large answer. Please try again later.</translation>
    </message>
    <message>
        <source>This server address is not secure. Only https:// addresses can be used.</source>
        <translation>This server address is not secure. Only https:// addresses can be used.</translation>
    </message>
    <message>
        <source>The email address or password is incorrect.</source>
        <translation>The email address or password is incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Your account is locked; please try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Your account is locked; please try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Your account is locked; please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time password is incorrect.</source>
        <translation>The one-time password is incorrect.</translation>
    </message>
    <message>
        <source>The one-time password has expired. Please request a new one.</source>
        <translation>The one-time password has expired. Please request a new one.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Your session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Too many requests. Please wait a moment and try again.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again shortly.</source>
        <translation>The service is temporarily unavailable. Please try again shortly.</translation>
    </message>
    <message>
        <source>The service had a problem (error %1). Please try again later.</source>
        <translation>The service had a problem (error %1). Please try again later.</translation>
    </message>
    <message>
        <source>The request could not be completed (error %1).</source>
        <translation>The request could not be completed (error %1).</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>the certificate is self-signed</translation>
    </message>
    <message>
        <source>the certificate belongs to another server</source>
        <translation>the certificate belongs to another server</translation>
    </message>
    <message>
        <source>the certificate was issued by an authority this computer does not trust</source>
        <translation>the certificate was issued by an authority this computer does not trust</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>the secure connection could not be set up</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Please ask your administrator whether the server address is correct.</source>
        <translation>The server&apos;s certificate could not be verified (%1). Please ask your administrator whether the server address is correct.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Please check that this computer&apos;s date and time are correct; if they are, tell your administrator.</source>
        <translation>The server&apos;s certificate could not be verified (%1). Please check that this computer&apos;s date and time are correct; if they are, tell your administrator.</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>the certificate is not valid yet</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be read: %2</source>
        <translation>The settings file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER).</source>
        <translation>The file %1 contains no certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>The command-line option %1</source>
        <translation>The command-line option %1</translation>
    </message>
    <message>
        <source>The settings file %1, key “%2”</source>
        <translation>The settings file %1, key “%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a language of Clickar; use ja (Japanese) or en (English).</source>
        <translation>“%1” is not a language of Clickar; use ja (Japanese) or en (English).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>“%1” is neither true nor false.</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds from 1 to %2.</source>
        <translation>“%1” is not a number of seconds from 1 to %2.</translation>
    </message>
</context>
<context>
    <name>ApplicationSummary</name>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>Web and email</source>
        <translation>Web and email</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>The insured</source>
        <translation>The insured</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Insurance period</source>
        <translation>Insurance period</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>Named insured</source>
        <translation>Named insured</translation>
    </message>
    <message>
        <source>Date of birth of the named insured</source>
        <translation>Date of birth of the named insured</translation>
    </message>
    <message>
        <source>Licence colour</source>
        <translation>Licence colour</translation>
    </message>
    <message>
        <source>Next licence renewal</source>
        <translation>Next licence renewal</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>First registered</translation>
    </message>
    <message>
        <source>Use of the vehicle</source>
        <translation>Use of the vehicle</translation>
    </message>
    <message>
        <source>Driver limitation</source>
        <translation>Driver limitation</translation>
    </message>
    <message>
        <source>Age condition</source>
        <translation>Age condition</translation>
    </message>
    <message>
        <source>Youngest driver</source>
        <translation>Youngest driver</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message numerus="yes">
        <source>accident coefficient for %n year(s)</source>
        <translation>
            <numerusform>accident coefficient for %n year</numerusform>
            <numerusform>accident coefficient for %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>no accident coefficient</source>
        <translation>no accident coefficient</translation>
    </message>
    <message>
        <source>Non-fleet grade</source>
        <translation>Non-fleet grade</translation>
    </message>
    <message>
        <source>Grade %1 (%2)</source>
        <translation>Grade %1 (%2)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Bodily injury liability</source>
        <translation>Bodily injury liability</translation>
    </message>
    <message>
        <source>Property damage liability</source>
        <translation>Property damage liability</translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation>Personal injury</translation>
    </message>
    <message>
        <source>Passenger injury</source>
        <translation>Passenger injury</translation>
    </message>
    <message>
        <source>%1, insured amount %2, deductible %3</source>
        <translation>%1, insured amount %2, deductible %3</translation>
    </message>
    <message>
        <source>Riders</source>
        <translation>Riders</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Annual premium (this year)</source>
        <translation>Annual premium (this year)</translation>
    </message>
    <message>
        <source>Annual premium (last year)</source>
        <translation>Annual premium (last year)</translation>
    </message>
    <message>
        <source>Difference from last year</source>
        <translation>Difference from last year</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Amount per payment</source>
        <translation>Amount per payment</translation>
    </message>
    <message>
        <source>%1 × %2 (first payment %3)</source>
        <translation>%1 × %2 (first payment %3)</translation>
    </message>
    <message>
        <source>%1, paid once</source>
        <translation>%1, paid once</translation>
    </message>
    <message>
        <source>Group discount</source>
        <translation>Group discount</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>Customer information</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Department / employee number</source>
        <translation>Department / employee number</translation>
    </message>
    <message>
        <source>Important matters</source>
        <translation>Important matters</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Electronic delivery</source>
        <translation>Electronic delivery</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <source>Matters to disclose and to notify</source>
        <translation>Matters to disclose and to notify</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Driver card</source>
        <translation>Driver card</translation>
    </message>
    <message>
        <source>How to notify you at the next maturity</source>
        <translation>How to notify you at the next maturity</translation>
    </message>
    <message>
        <source>Your application</source>
        <translation>Your application</translation>
    </message>
    <message>
        <source>New policy number</source>
        <translation>New policy number</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Previous policy number</source>
        <translation>Previous policy number</translation>
    </message>
    <message>
        <source>Confirmation email</source>
        <translation>Confirmation email</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>“%1” to %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name (model)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vehicle insurance</source>
        <translation>Vehicle insurance</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <comment>agency name (code) and phone</comment>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>document title (edition)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentTools</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 was not found.</translation>
    </message>
</context>
<context>
    <name>KioskPinSetup</name>
    <message>
        <source>Administrator PIN for leaving kiosk mode (4 to 12 digits): </source>
        <translation>Administrator PIN for leaving kiosk mode (4 to 12 digits): </translation>
    </message>
    <message>
        <source>No PIN was entered; nothing was changed.
</source>
        <translation>No PIN was entered; nothing was changed.
</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits (0-9); nothing was changed.
</source>
        <translation>The PIN must be 4 to 12 digits (0-9); nothing was changed.
</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.
</source>
        <translation>The two PINs differ; nothing was changed.
</translation>
    </message>
    <message>
        <source>The PIN could not be saved in %1.
</source>
        <translation>The PIN could not be saved in %1.
</translation>
    </message>
    <message>
        <source>The kiosk PIN was saved (only as a salted hash) in %1.
</source>
        <translation>The kiosk PIN was saved (only as a salted hash) in %1.
</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Renewal open</source>
        <translation>Renewal open</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Renewal not yet open</source>
        <translation>Renewal not yet open</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>No limitation</source>
        <translation>No limitation</translation>
    </message>
    <message>
        <source>Family only</source>
        <translation>Family only</translation>
    </message>
    <message>
        <source>Insured and spouse only</source>
        <translation>Insured and spouse only</translation>
    </message>
    <message>
        <source>Insured only</source>
        <translation>Insured only</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>Age 21 and over</source>
        <translation>Age 21 and over</translation>
    </message>
    <message>
        <source>Age 26 and over</source>
        <translation>Age 26 and over</translation>
    </message>
    <message>
        <source>Age 35 and over</source>
        <translation>Age 35 and over</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Daily life and leisure</source>
        <translation>Daily life and leisure</translation>
    </message>
    <message>
        <source>Commuting</source>
        <translation>Commuting</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Payroll deduction, 12 instalments</source>
        <translation>Payroll deduction, 12 instalments</translation>
    </message>
    <message>
        <source>Single payment</source>
        <translation>Single payment</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>¥30 million</source>
        <translation>¥30 million</translation>
    </message>
    <message>
        <source>¥50 million</source>
        <translation>¥50 million</translation>
    </message>
    <message>
        <source>¥100 million</source>
        <translation>¥100 million</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>¥5 million</source>
        <translation>¥5 million</translation>
    </message>
    <message>
        <source>¥10 million</source>
        <translation>¥10 million</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Economy (vehicle-to-vehicle + A)</source>
        <translation>Economy (vehicle-to-vehicle + A)</translation>
    </message>
    <message>
        <source>¥0 first claim / ¥100,000 later</source>
        <translation>¥0 first claim / ¥100,000 later</translation>
    </message>
    <message>
        <source>¥50,000 first claim / ¥100,000 later</source>
        <translation>¥50,000 first claim / ¥100,000 later</translation>
    </message>
    <message>
        <source>¥100,000 each claim</source>
        <translation>¥100,000 each claim</translation>
    </message>
    <message>
        <source>Legal expenses (car accidents)</source>
        <translation>Legal expenses (car accidents)</translation>
    </message>
    <message>
        <source>Legal expenses (daily life and car accidents)</source>
        <translation>Legal expenses (daily life and car accidents)</translation>
    </message>
    <message>
        <source>Personal liability</source>
        <translation>Personal liability</translation>
    </message>
    <message>
        <source>Family motorbike (own injury)</source>
        <translation>Family motorbike (own injury)</translation>
    </message>
    <message>
        <source>Family motorbike (personal injury)</source>
        <translation>Family motorbike (personal injury)</translation>
    </message>
    <message>
        <source>Repair cost gap on total loss of property</source>
        <translation>Repair cost gap on total loss of property</translation>
    </message>
    <message>
        <source>Road assistance</source>
        <translation>Road assistance</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Receipt of your application</source>
        <translation>Receipt of your application</translation>
    </message>
    <message>
        <source>Auto insurance renewal — please keep this receipt.</source>
        <translation>Auto insurance renewal — please keep this receipt.</translation>
    </message>
    <message>
        <source>Created on %1 by Clickar.</source>
        <translation>Created on %1 by Clickar.</translation>
    </message>
</context>
<context>
    <name>clickar::AgentDesk</name>
    <message>
        <source>%1 (%2) is renewing on behalf of %3</source>
        <translation>%1 (%2) is renewing on behalf of %3</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Next customer</translation>
    </message>
    <message>
        <source>Leave this customer&apos;s renewal? Everything entered so far, also on this page and not yet confirmed, is kept on the service, and the renewal can be resumed from the queue.</source>
        <translation>Leave this customer&apos;s renewal? Everything entered so far, also on this page and not yet confirmed, is kept on the service, and the renewal can be resumed from the queue.</translation>
    </message>
</context>
<context>
    <name>clickar::AgentHomeScreen</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>No renewal completed yet in this login.</source>
        <translation>No renewal completed yet in this login.</translation>
    </message>
    <message>
        <source>Customers to renew</source>
        <translation>Customers to renew</translation>
    </message>
    <message>
        <source>Search: policy number, name (kanji or kana) or group (Ctrl+F)</source>
        <translation>Search: policy number, name (kanji or kana) or group (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation>Completed today</translation>
    </message>
    <message>
        <source>%1  %2 → new policy number %3</source>
        <translation>%1  %2 → new policy number %3</translation>
    </message>
    <message>
        <source>The agency has no customers to renew.</source>
        <translation>The agency has no customers to renew.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <source>The customers could not be loaded. %1</source>
        <translation>The customers could not be loaded. %1</translation>
    </message>
    <message>
        <source>Due this month %1 · In progress %2 · Completed today %3</source>
        <translation>Due this month %1 · In progress %2 · Completed today %3</translation>
    </message>
</context>
<context>
    <name>clickar::ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Choose the remaining options, check the summary and apply. After applying you cannot go back.</source>
        <translation>Choose the remaining options, check the summary and apply. After applying you cannot go back.</translation>
    </message>
    <message>
        <source>Apply for the contract</source>
        <translation>Apply for the contract</translation>
    </message>
    <message>
        <source>Driver card</source>
        <translation>Driver card</translation>
    </message>
    <message>
        <source>How to notify you at the next maturity</source>
        <translation>How to notify you at the next maturity</translation>
    </message>
    <message>
        <source>Summary of your application</source>
        <translation>Summary of your application</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Sending your application… Please wait; do not close the window.</source>
        <translation>Sending your application… Please wait; do not close the window.</translation>
    </message>
    <message>
        <source>Your application may already have reached us. “Retry” sends exactly the same application again; it can never be applied twice.</source>
        <translation>Your application may already have reached us. “Retry” sends exactly the same application again; it can never be applied twice.</translation>
    </message>
    <message>
        <source>Nothing has been applied. Check the above and try again.</source>
        <translation>Nothing has been applied. Check the above and try again.</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Required</translation>
    </message>
    <message>
        <source>N&amp;ot required</source>
        <translation>N&amp;ot required</translation>
    </message>
    <message>
        <source>&amp;Web and email</source>
        <translation>&amp;Web and email</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
</context>
<context>
    <name>clickar::BasicInfoPage</name>
    <message>
        <source>Contract details ① Basic information</source>
        <translation>Contract details ① Basic information</translation>
    </message>
    <message>
        <source>Check the basic information of your renewed contract.</source>
        <translation>Check the basic information of your renewed contract.</translation>
    </message>
    <message>
        <source>Next (② Coverage)</source>
        <translation>Next (② Coverage)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Driver range</source>
        <translation>Driver range</translation>
    </message>
    <message>
        <source>Driver limitation</source>
        <translation>Driver limitation</translation>
    </message>
    <message>
        <source>Age condition</source>
        <translation>Age condition</translation>
    </message>
    <message>
        <source>Accidents caused by drivers outside this range are not covered.</source>
        <translation>Accidents caused by drivers outside this range are not covered.</translation>
    </message>
    <message>
        <source>Principal insured driver</source>
        <translation>Principal insured driver</translation>
    </message>
    <message>
        <source>Licence colour</source>
        <translation>Licence colour</translation>
    </message>
    <message>
        <source>Non-fleet grade (new term)</source>
        <translation>Non-fleet grade (new term)</translation>
    </message>
    <message>
        <source>Accident coefficient period (new term)</source>
        <translation>Accident coefficient period (new term)</translation>
    </message>
    <message>
        <source>Accidents caused by drivers outside this driver range are not covered.

Driver limitation: %1
Age condition: %2

Is the driver range correct?</source>
        <translation>Accidents caused by drivers outside this driver range are not covered.

Driver limitation: %1
Age condition: %2

Is the driver range correct?</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>New insurance period</source>
        <translation>New insurance period</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <source>Principal insured</source>
        <translation>Principal insured</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>I have confirmed the &amp;driver range</source>
        <translation>I have confirmed the &amp;driver range</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>The above is &amp;correct</translation>
    </message>
</context>
<context>
    <name>clickar::ClickarApp</name>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>The demo data could not be loaded: %1</translation>
    </message>
    <message>
        <source>The demo service could not be started.</source>
        <translation>The demo service could not be started.</translation>
    </message>
    <message>
        <source>The folder for the demo data could not be created: %1</source>
        <translation>The folder for the demo data could not be created: %1</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read: a PEM or DER file with a certificate is expected.</source>
        <translation>The certificate file %1 could not be read: a PEM or DER file with a certificate is expected.</translation>
    </message>
</context>
<context>
    <name>clickar::CompletionPage</name>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Thank you. Your auto insurance has been renewed.</source>
        <translation>Thank you. Your auto insurance has been renewed.</translation>
    </message>
    <message>
        <source>Your application is complete</source>
        <translation>Your application is complete</translation>
    </message>
    <message>
        <source>New policy number</source>
        <translation>New policy number</translation>
    </message>
    <message>
        <source>Keep a receipt of your application: print it, or save it as a PDF file.</source>
        <translation>Keep a receipt of your application: print it, or save it as a PDF file.</translation>
    </message>
    <message>
        <source>New policy number %1</source>
        <translation>New policy number %1</translation>
    </message>
    <message>
        <source>A confirmation email is being sent to your registered address.</source>
        <translation>A confirmation email is being sent to your registered address.</translation>
    </message>
    <message>
        <source>We have sent the email “%1” to your registered address (%2).</source>
        <translation>We have sent the email “%1” to your registered address (%2).</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>The receipt could not be saved: %1</translation>
    </message>
    <message>
        <source>The receipt was saved as %1.</source>
        <translation>The receipt was saved as %1.</translation>
    </message>
    <message>
        <source>Printing is not available (%1).</source>
        <translation>Printing is not available (%1).</translation>
    </message>
    <message>
        <source>The email “%1” has been sent to the customer&apos;s registered address (%2), not to you. Please tell the customer to expect it.</source>
        <translation>The email “%1” has been sent to the customer&apos;s registered address (%2), not to you. Please tell the customer to expect it.</translation>
    </message>
    <message>
        <source>Keep a receipt of your application: print it.</source>
        <translation>Keep a receipt of your application: print it.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Returning to the first screen in %1 seconds.</source>
        <translation>Returning to the first screen in %1 seconds.</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Print the receipt</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>&amp;Save as PDF</translation>
    </message>
</context>
<context>
    <name>clickar::ContractDetailsPage</name>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Contract details ③ Details</source>
        <translation>Contract details ③ Details</translation>
    </message>
    <message>
        <source>Check the details of the insured person and the vehicle.</source>
        <translation>Check the details of the insured person and the vehicle.</translation>
    </message>
    <message>
        <source>Next (④ Decided plan)</source>
        <translation>Next (④ Decided plan)</translation>
    </message>
    <message>
        <source>Principal insured driver</source>
        <translation>Principal insured driver</translation>
    </message>
    <message>
        <source>Next licence renewal (year/month, required)</source>
        <translation>Next licence renewal (year/month, required)</translation>
    </message>
    <message>
        <source>Next licence renewal: year</source>
        <translation>Next licence renewal: year</translation>
    </message>
    <message>
        <source>Next licence renewal: month</source>
        <translation>Next licence renewal: month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>The month your driving licence expires, as printed on it.</source>
        <translation>The month your driving licence expires, as printed on it.</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <source>Youngest driver</source>
        <translation>Youngest driver</translation>
    </message>
    <message>
        <source>Youngest driver: relationship</source>
        <translation>Youngest driver: relationship</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Youngest driver: date of birth</source>
        <translation>Youngest driver: date of birth</translation>
    </message>
    <message>
        <source>e.g. 2006/03/15</source>
        <translation>e.g. 2006/03/15</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Not needed: only the principal insured drives (insured only).</source>
        <translation>Not needed: only the principal insured drives (insured only).</translation>
    </message>
    <message>
        <source>Required: enter the youngest of the people who will drive (%1, %2).</source>
        <translation>Required: enter the youngest of the people who will drive (%1, %2).</translation>
    </message>
    <message>
        <source>Optional for the age condition &quot;%1&quot;.</source>
        <translation>Optional for the age condition &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This driver will be %1 when the new term starts: the age condition &quot;%2&quot; does not cover them, and accidents they cause would not be paid. Go back to ① Basic information and change the age condition.</source>
        <translation>This driver will be %1 when the new term starts: the age condition &quot;%2&quot; does not cover them, and accidents they cause would not be paid. Go back to ① Basic information and change the age condition.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Licence colour</source>
        <translation>Licence colour</translation>
    </message>
    <message>
        <source>Car name</source>
        <translation>Car name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>First registered</translation>
    </message>
    <message>
        <source>Choose a month after the start of the new term (%1).</source>
        <translation>Choose a month after the start of the new term (%1).</translation>
    </message>
    <message>
        <source>Choose a month up to %1 (within %2 years of the start of the new term).</source>
        <translation>Choose a month up to %1 (within %2 years of the start of the new term).</translation>
    </message>
    <message>
        <source>Check the date of birth: enter a date from 1900 up to the start of the new term.</source>
        <translation>Check the date of birth: enter a date from 1900 up to the start of the new term.</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>The above is &amp;correct</translation>
    </message>
    <message>
        <source>There is no such date: check the year, month and day.</source>
        <translation>There is no such date: check the year, month and day.</translation>
    </message>
    <message>
        <source>A driver must be %1 or older when the new term starts: check the date of birth.</source>
        <translation>A driver must be %1 or older when the new term starts: check the date of birth.</translation>
    </message>
</context>
<context>
    <name>clickar::CoveragePage</name>
    <message>
        <source>Contract details ② Coverage</source>
        <translation>Contract details ② Coverage</translation>
    </message>
    <message>
        <source>Compare the plans and choose one.</source>
        <translation>Compare the plans and choose one.</translation>
    </message>
    <message>
        <source>Next (③ Contract details)</source>
        <translation>Next (③ Contract details)</translation>
    </message>
    <message>
        <source>Last year&apos;s annual premium: %1</source>
        <translation>Last year&apos;s annual premium: %1</translation>
    </message>
    <message>
        <source>Recalculating the premiums…</source>
        <translation>Recalculating the premiums…</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>The above is &amp;correct</translation>
    </message>
</context>
<context>
    <name>clickar::CustomerPaymentPage</name>
    <message>
        <source>The amount could not be recalculated: %1</source>
        <translation>The amount could not be recalculated: %1</translation>
    </message>
    <message>
        <source>Customer and payment information</source>
        <translation>Customer and payment information</translation>
    </message>
    <message>
        <source>Check your address, phone number and how you pay. Correct anything that has changed.</source>
        <translation>Check your address, phone number and how you pay. Correct anything that has changed.</translation>
    </message>
    <message>
        <source>Next (Important matters)</source>
        <translation>Next (Important matters)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact and workplace</source>
        <translation>Contact and workplace</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Postal code (〒)</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>City, street and number</source>
        <translation>City, street and number</translation>
    </message>
    <message>
        <source>Building (optional)</source>
        <translation>Building (optional)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Department / employee number</source>
        <translation>Department / employee number</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Amount per payment</source>
        <translation>Amount per payment</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Recalculating…</source>
        <translation>Recalculating…</translation>
    </message>
    <message>
        <source>%1 per month, %2 payments (first payment %3); %4 a year</source>
        <translation>%1 per month, %2 payments (first payment %3); %4 a year</translation>
    </message>
    <message>
        <source>%1, paid once</source>
        <translation>%1, paid once</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Enter the postal code.</translation>
    </message>
    <message>
        <source>Enter the postal code in the form 123-4567.</source>
        <translation>Enter the postal code in the form 123-4567.</translation>
    </message>
    <message>
        <source>Choose a prefecture.</source>
        <translation>Choose a prefecture.</translation>
    </message>
    <message>
        <source>Enter the city, street and number.</source>
        <translation>Enter the city, street and number.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.</source>
        <translation>Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.</translation>
    </message>
    <message>
        <source>The first character cannot be used here (a control or invisible character). Please remove it.</source>
        <translation>The first character cannot be used here (a control or invisible character). Please remove it.</translation>
    </message>
    <message>
        <source>The character after “%1” cannot be used here (a control or invisible character). Please remove it.</source>
        <translation>The character after “%1” cannot be used here (a control or invisible character). Please remove it.</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>The above is &amp;correct</translation>
    </message>
</context>
<context>
    <name>clickar::CustomerQueueModel</name>
    <message>
        <source>Ready to renew</source>
        <translation>Ready to renew</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Before the renewal period</source>
        <translation>Before the renewal period</translation>
    </message>
    <message>
        <source>Past maturity</source>
        <translation>Past maturity</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Vehicle / registration</source>
        <translation>Vehicle / registration</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>Maturity date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In progress %1/%2</source>
        <translation>In progress %1/%2</translation>
    </message>
</context>
<context>
    <name>clickar::DecisionPage</name>
    <message>
        <source>Contract details ④ Decided plan</source>
        <translation>Contract details ④ Decided plan</translation>
    </message>
    <message>
        <source>Check the plan you have chosen, its coverage and its premium.</source>
        <translation>Check the plan you have chosen, its coverage and its premium.</translation>
    </message>
    <message>
        <source>Next (⑤ Customer and payment)</source>
        <translation>Next (⑤ Customer and payment)</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>The above is &amp;correct</translation>
    </message>
</context>
<context>
    <name>clickar::DemoReset</name>
    <message>
        <source>Reset demo data</source>
        <translation>Reset demo data</translation>
    </message>
    <message>
        <source>Reset the demo service to its demo data? Every renewal in progress, every application and every email of the demo is discarded, and you are logged out.</source>
        <translation>Reset the demo service to its demo data? Every renewal in progress, every application and every email of the demo is discarded, and you are logged out.</translation>
    </message>
    <message>
        <source>The demo data could not be reset. %1</source>
        <translation>The demo data could not be reset. %1</translation>
    </message>
</context>
<context>
    <name>clickar::DisclosurePage</name>
    <message>
        <source>Important matters</source>
        <translation>Important matters</translation>
    </message>
    <message>
        <source>Read the explanation of important matters to its end and confirm the matters to disclose and to notify.</source>
        <translation>Read the explanation of important matters to its end and confirm the matters to disclose and to notify.</translation>
    </message>
    <message>
        <source>Next (Application)</source>
        <translation>Next (Application)</translation>
    </message>
    <message>
        <source>Matters to disclose (duty of disclosure)</source>
        <translation>Matters to disclose (duty of disclosure)</translation>
    </message>
    <message>
        <source>Matters to notify (duty of notification)</source>
        <translation>Matters to notify (duty of notification)</translation>
    </message>
    <message>
        <source>The explanation of important matters is not available at the moment. Please try again later or contact us.</source>
        <translation>The explanation of important matters is not available at the moment. Please try again later or contact us.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <translation>
            <numerusform>%1 (%2, %n page)</numerusform>
            <numerusform>%1 (%2, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Loading the document…</translation>
    </message>
    <message>
        <source>%1 Press the button to try again.</source>
        <translation>%1 Press the button to try again.</translation>
    </message>
    <message>
        <source>The document received does not match the insurer&apos;s version (its SHA-256 check failed), so it cannot be used for your consent. Please try again later or contact us.</source>
        <translation>The document received does not match the insurer&apos;s version (its SHA-256 check failed), so it cannot be used for your consent. Please try again later or contact us.</translation>
    </message>
    <message>
        <source>You have read the document to its end. You can now give your consent.</source>
        <translation>You have read the document to its end. You can now give your consent.</translation>
    </message>
    <message numerus="yes">
        <source>Document checked (%n page(s)). Scroll to the end of the document in its window to give your consent.</source>
        <translation>
            <numerusform>Document checked (%n page). Scroll to the end of the document in its window to give your consent.</numerusform>
            <numerusform>Document checked (%n pages). Scroll to the end of the document in its window to give your consent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the document again and scroll to its end to give your consent.</source>
        <translation>Open the document again and scroll to its end to give your consent.</translation>
    </message>
    <message>
        <source>Open the document and read it to its end; then you can give your consent.</source>
        <translation>Open the document and read it to its end; then you can give your consent.</translation>
    </message>
    <message>
        <source>The document viewer could not be started (%1). Please contact us.</source>
        <translation>The document viewer could not be started (%1). Please contact us.</translation>
    </message>
    <message>
        <source>&amp;Open the explanation of important matters</source>
        <translation>&amp;Open the explanation of important matters</translation>
    </message>
    <message>
        <source>I consent to &amp;electronic delivery of the explanation of important matters</source>
        <translation>I consent to &amp;electronic delivery of the explanation of important matters</translation>
    </message>
    <message>
        <source>I have &amp;confirmed</source>
        <translation>I have &amp;confirmed</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a notice of the service, as a list item</comment>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>clickar::FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>clickar::GuideScreen</name>
    <message>
        <source>Renewal of your auto insurance</source>
        <translation>Renewal of your auto insurance</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Time needed</source>
        <translation>Time needed</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>Maturity date</translation>
    </message>
    <message>
        <source>Renewal deadline</source>
        <translation>Renewal deadline</translation>
    </message>
    <message>
        <source>Steps to renewal</source>
        <translation>Steps to renewal</translation>
    </message>
    <message>
        <source>Please have at hand</source>
        <translation>Please have at hand</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Preparing your renewal…</source>
        <translation>Preparing your renewal…</translation>
    </message>
    <message>
        <source>Policy number %1 · %2 (%3) · %4</source>
        <translation>Policy number %1 · %2 (%3) · %4</translation>
    </message>
    <message>
        <source>Loading the renewal guide…</source>
        <translation>Loading the renewal guide…</translation>
    </message>
    <message>
        <source>The renewal guide could not be loaded. %1</source>
        <translation>The renewal guide could not be loaded. %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to MyPage</source>
        <translation>&amp;Back to MyPage</translation>
    </message>
    <message>
        <source>&amp;Proceed to the renewal procedure</source>
        <translation>&amp;Proceed to the renewal procedure</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>&amp;Back to the queue</translation>
    </message>
</context>
<context>
    <name>clickar::HelpDialog</name>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>What this page is for</source>
        <translation>What this page is for</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading the contacts…</source>
        <translation>Loading the contacts…</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Your agency</translation>
    </message>
    <message>
        <source>No agency handles this contract: please contact the insurer.</source>
        <translation>No agency handles this contract: please contact the insurer.</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>The contacts could not be loaded. %1</source>
        <translation>The contacts could not be loaded. %1</translation>
    </message>
    <message>
        <source>Before the renewal, read how your personal information is handled, the solicitation policy and the notes on this renewal. When you have read them, tick the box to confirm and go on.</source>
        <translation>Before the renewal, read how your personal information is handled, the solicitation policy and the notes on this renewal. When you have read them, tick the box to confirm and go on.</translation>
    </message>
    <message>
        <source>Check the basic information of the renewed contract: the policy number, the new insurance period, the policyholder and the principal insured. You can change who may drive (driver limitation and age condition) and the licence colour; the premium is then recalculated. Accidents caused by drivers outside the driver range are not covered.</source>
        <translation>Check the basic information of the renewed contract: the policy number, the new insurance period, the policyholder and the principal insured. You can change who may drive (driver limitation and age condition) and the licence colour; the premium is then recalculated. Accidents caused by drivers outside the driver range are not covered.</translation>
    </message>
    <message>
        <source>Compare the plans offered for the new term side by side: each coverage, the annual premium, the amount per payment and the difference from last year&apos;s premium. Choose one plan.</source>
        <translation>Compare the plans offered for the new term side by side: each coverage, the annual premium, the amount per payment and the difference from last year&apos;s premium. Choose one plan.</translation>
    </message>
    <message>
        <source>Check the details of the principal insured and the vehicle. Enter the year and month of your next licence renewal (printed on your driving licence) and the purpose of use. When drivers are not limited to the insured and the age condition is 26 or 35 and over, enter the youngest driver. The premium is recalculated after each change.</source>
        <translation>Check the details of the principal insured and the vehicle. Enter the year and month of your next licence renewal (printed on your driving licence) and the purpose of use. When drivers are not limited to the insured and the age condition is 26 or 35 and over, enter the youngest driver. The premium is recalculated after each change.</translation>
    </message>
    <message>
        <source>Check the plan you chose: its basic information, every coverage, and the premium for this year and last year.</source>
        <translation>Check the plan you chose: its basic information, every coverage, and the premium for this year and last year.</translation>
    </message>
    <message>
        <source>Check your address, phone number and group, and the way you pay the premium.</source>
        <translation>Check your address, phone number and group, and the way you pay the premium.</translation>
    </message>
    <message>
        <source>Open the important matters document (contract overview and warnings), read it to the end and agree to its electronic delivery. Then confirm the notices listed on the page.</source>
        <translation>Open the important matters document (contract overview and warnings), read it to the end and agree to its electronic delivery. Then confirm the notices listed on the page.</translation>
    </message>
    <message>
        <source>Choose whether you need a driver card and how you want to hear about the next renewal, check the summary and apply. Once you have applied you cannot go back.</source>
        <translation>Choose whether you need a driver card and how you want to hear about the next renewal, check the summary and apply. Once you have applied you cannot go back.</translation>
    </message>
    <message>
        <source>Your renewal is complete. Keep the new policy number; you can print the receipt or save it as PDF.</source>
        <translation>Your renewal is complete. Keep the new policy number; you can print the receipt or save it as PDF.</translation>
    </message>
    <message>
        <source>Website of %1</source>
        <translation>Website of %1</translation>
    </message>
</context>
<context>
    <name>clickar::IdleCountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>As there has been no activity, Clickar returns to the first screen in %1 seconds.</source>
        <translation>As there has been no activity, Clickar returns to the first screen in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>clickar::KioskPinDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>For the administrator: enter the PIN to leave kiosk mode.</source>
        <translation>For the administrator: enter the PIN to leave kiosk mode.</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The PIN is not correct. Attempts left: %1.</source>
        <translation>The PIN is not correct. Attempts left: %1.</translation>
    </message>
    <message>
        <source>The PIN was wrong five times. The pad is locked until %1.</source>
        <translation>The PIN was wrong five times. The pad is locked until %1.</translation>
    </message>
</context>
<context>
    <name>clickar::LoginScreen</name>
    <message>
        <source>MyPage login</source>
        <translation>MyPage login</translation>
    </message>
    <message>
        <source>Log in with the email address and password registered for MyPage.</source>
        <translation>Log in with the email address and password registered for MyPage.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Save my login information</source>
        <translation>Save my login information</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&lt;b&gt;No MyPage account yet?&lt;/b&gt; MyPage registration (会員登録) is done on the insurer&apos;s website. Please register there first, then log in here with the email address and password you registered.</source>
        <translation>&lt;b&gt;No MyPage account yet?&lt;/b&gt; MyPage registration is done on the insurer&apos;s website. Please register there first, then log in here with the email address and password you registered.</translation>
    </message>
    <message>
        <source>Logging in with your saved login…</source>
        <translation>Logging in with your saved login…</translation>
    </message>
    <message>
        <source>Your saved login could not be checked: %1</source>
        <translation>Your saved login could not be checked: %1</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Your saved login has expired. Please log in again.</translation>
    </message>
    <message>
        <source>You stay logged in on this computer. The login is kept only in this computer&apos;s secure keychain. Do not use this on a shared computer.</source>
        <translation>You stay logged in on this computer. The login is kept only in this computer&apos;s secure keychain. Do not use this on a shared computer.</translation>
    </message>
    <message>
        <source>Saving the login is not available: this computer has no secure keychain (Secret Service) running. You can still log in as usual.</source>
        <translation>Saving the login is not available: this computer has no secure keychain (Secret Service) running. You can still log in as usual.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Enter your email address.</translation>
    </message>
    <message>
        <source>Enter the email address in the form name@example.jp.</source>
        <translation>Enter the email address in the form name@example.jp.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>MyPage registration (会員登録)</source>
        <translation>MyPage registration (会員登録)</translation>
    </message>
</context>
<context>
    <name>clickar::MailDock</name>
    <message>
        <source>Demo mail</source>
        <translation>Demo mail</translation>
    </message>
    <message>
        <source>Fold ▶</source>
        <translation>Fold ▶</translation>
    </message>
    <message>
        <source>Fold the demo mail to a strip at the edge</source>
        <translation>Fold the demo mail to a strip at the edge</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Show the demo mail</source>
        <translation>Show the demo mail</translation>
    </message>
</context>
<context>
    <name>clickar::MailPanel</name>
    <message>
        <source>Emails the demo service has sent, newest first.</source>
        <translation>Emails the demo service has sent, newest first.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No emails yet. Log in with a demo account to receive a one-time password.</source>
        <translation>No emails yet. Log in with a demo account to receive a one-time password.</translation>
    </message>
    <message>
        <source>Sent emails</source>
        <translation>Sent emails</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>Copy the one-time password</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>The demo mails could not be loaded. %1</source>
        <translation>The demo mails could not be loaded. %1</translation>
    </message>
</context>
<context>
    <name>clickar::MainWindow</name>
    <message>
        <source>Clickar — auto insurance renewal</source>
        <translation>Clickar — auto insurance renewal</translation>
    </message>
    <message>
        <source>DEMO — connected to the built-in demo service. No real contract is changed.</source>
        <translation>DEMO — connected to the built-in demo service. No real contract is changed.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>End this login</source>
        <translation>End this login</translation>
    </message>
    <message>
        <source>Your login information could not be saved in the keychain. You are logged in, but will need to log in again next time.</source>
        <translation>Your login information could not be saved in the keychain. You are logged in, but will need to log in again next time.</translation>
    </message>
    <message>
        <source>%1 (logged in)</source>
        <translation>%1 (logged in)</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>You have logged out.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>Reset demo data</translation>
    </message>
    <message>
        <source>Start the demo service again from its demo data</source>
        <translation>Start the demo service again from its demo data</translation>
    </message>
    <message>
        <source>Do you want to log out? What you have confirmed and entered is saved, and the renewal continues from this page next time.</source>
        <translation>Do you want to log out? What you have confirmed and entered is saved, and the renewal continues from this page next time.</translation>
    </message>
    <message>
        <source>Saving what you entered…</source>
        <translation>Saving what you entered…</translation>
    </message>
    <message>
        <source>End this customer and go back to the queue (Alt+N)</source>
        <translation>End this customer and go back to the queue (Alt+N)</translation>
    </message>
    <message>
        <source>%1 (agency code %2)</source>
        <translation>%1 (agency code %2)</translation>
    </message>
    <message>
        <source>Next customer (Alt+N)</source>
        <translation>Next customer (Alt+N)</translation>
    </message>
    <message>
        <source>Your application is being sent. The window closes as soon as the answer has come.</source>
        <translation>Your application is being sent. The window closes as soon as the answer has come.</translation>
    </message>
    <message>
        <source>DEMO — connected to the demo service at %1. No real contract is changed.</source>
        <translation>DEMO — connected to the demo service at %1. No real contract is changed.</translation>
    </message>
    <message>
        <source>Ending the login…</source>
        <translation>Ending the login…</translation>
    </message>
</context>
<context>
    <name>clickar::MyPageScreen</name>
    <message>
        <source>The renewal of this contract is complete.</source>
        <translation>The renewal of this contract is complete.</translation>
    </message>
    <message>
        <source>The renewal period has not started yet.</source>
        <translation>The renewal period has not started yet.</translation>
    </message>
    <message>
        <source>This contract has matured. Please contact your agent.</source>
        <translation>This contract has matured. Please contact your agent.</translation>
    </message>
    <message>
        <source>Your contracts — choose the contract to renew</source>
        <translation>Your contracts — choose the contract to renew</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Your contracts</source>
        <translation>Your contracts</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Insurance type</source>
        <translation>Insurance type</translation>
    </message>
    <message>
        <source>Insurance period</source>
        <translation>Insurance period</translation>
    </message>
    <message>
        <source>Car name / registration</source>
        <translation>Car name / registration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Loading your contracts…</source>
        <translation>Loading your contracts…</translation>
    </message>
    <message>
        <source>Your contracts could not be loaded. %1</source>
        <translation>Your contracts could not be loaded. %1</translation>
    </message>
    <message>
        <source>Start renewal</source>
        <translation>Start renewal</translation>
    </message>
    <message>
        <source>Start renewal of policy %1</source>
        <translation>Start renewal of policy %1</translation>
    </message>
    <message>
        <source>Renewal deadline: %1</source>
        <translation>Renewal deadline: %1</translation>
    </message>
    <message>
        <source>There are no contracts on this MyPage account. If you expected one here, please contact your agent.</source>
        <translation>There are no contracts on this MyPage account. If you expected one here, please contact your agent.</translation>
    </message>
    <message>
        <source>In progress (%1/%2)</source>
        <translation>In progress (%1/%2)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue the renewal of policy %1</source>
        <translation>Continue the renewal of policy %1</translation>
    </message>
    <message>
        <source>Renewal guide</source>
        <translation>Renewal guide</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Contracts that can be renewed now have the button “Start renewal”. Press it to see what the renewal involves before you begin. A renewal you have already started goes on from where you left it with “Continue”.</source>
        <translation>Contracts that can be renewed now have the button “Start renewal”. Press it to see what the renewal involves before you begin. A renewal you have already started goes on from where you left it with “Continue”.</translation>
    </message>
</context>
<context>
    <name>clickar::NumberPad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>clickar::OtpForm</name>
    <message>
        <source>One-time password (6 digits)</source>
        <translation>One-time password (6 digits)</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Send a new one-time password to the same address</source>
        <translation>Send a new one-time password to the same address</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>The one-time password has expired. Press Resend to receive a new one.</source>
        <translation>The one-time password has expired. Press Resend to receive a new one.</translation>
    </message>
    <message>
        <source>This one-time password has expired.</source>
        <translation>This one-time password has expired.</translation>
    </message>
    <message>
        <source>Valid for another %1</source>
        <translation>Valid for another %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>A new one-time password has been sent. Please enter the new code.</source>
        <translation>A new one-time password has been sent. Please enter the new code.</translation>
    </message>
    <message>
        <source>This login can no longer be completed. Please log in again.</source>
        <translation>This login can no longer be completed. Please log in again.</translation>
    </message>
    <message>
        <source>The one-time password was entered wrongly too many times. Please log in again.</source>
        <translation>The one-time password was entered wrongly too many times. Please log in again.</translation>
    </message>
    <message numerus="yes">
        <source>The one-time password is incorrect. You can try %n more time(s).</source>
        <translation>
            <numerusform>The one-time password is incorrect. You can try %n more time.</numerusform>
            <numerusform>The one-time password is incorrect. You can try %n more times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>The one-time password was accepted.</source>
        <translation>The one-time password was accepted.</translation>
    </message>
    <message>
        <source>%1 Press Retry to continue; the one-time password need not be entered again.</source>
        <translation>%1 Press Retry to continue; the one-time password need not be entered again.</translation>
    </message>
</context>
<context>
    <name>clickar::OtpScreen</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Demo: the email with the code is shown in the “Demo mail” panel.</source>
        <translation>Demo: the email with the code is shown in the “Demo mail” panel.</translation>
    </message>
    <message>
        <source>No email? Check your spam folder, then press Resend.</source>
        <translation>No email? Check your spam folder, then press Resend.</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <source>We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;. Please enter it below.</source>
        <translation>We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;. Please enter it below.</translation>
    </message>
</context>
<context>
    <name>clickar::PdfViewerWindow</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The document could not be displayed.</source>
        <translation>The document could not be displayed.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>The document could not be printed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the document (Esc)</source>
        <translation>Close the document (Esc)</translation>
    </message>
</context>
<context>
    <name>clickar::PlanComparison</name>
    <message>
        <source>Deductible: %1</source>
        <translation>Deductible: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Bodily injury liability</source>
        <translation>Bodily injury liability</translation>
    </message>
    <message>
        <source>Property damage liability</source>
        <translation>Property damage liability</translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation>Personal injury</translation>
    </message>
    <message>
        <source>Passenger injury</source>
        <translation>Passenger injury</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Riders</source>
        <translation>Riders</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>Annual premium</translation>
    </message>
    <message>
        <source>Per payment</source>
        <translation>Per payment</translation>
    </message>
    <message>
        <source>Difference from last year</source>
        <translation>Difference from last year</translation>
    </message>
    <message>
        <source>%1: annual premium %2, %3 compared with last year</source>
        <translation>%1: annual premium %2, %3 compared with last year</translation>
    </message>
</context>
<context>
    <name>clickar::PreConfirmationPage</name>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>Please read the following before renewing your policy.</source>
        <translation>Please read the following before renewing your policy.</translation>
    </message>
    <message>
        <source>Next (① Basic information)</source>
        <translation>Next (① Basic information)</translation>
    </message>
    <message>
        <source>Handling of personal information</source>
        <translation>Handling of personal information</translation>
    </message>
    <message>
        <source>Solicitation policy</source>
        <translation>Solicitation policy</translation>
    </message>
    <message>
        <source>Notes on the renewal</source>
        <translation>Notes on the renewal</translation>
    </message>
    <message>
        <source>I have read and &amp;confirmed the above</source>
        <translation>I have read and &amp;confirmed the above</translation>
    </message>
</context>
<context>
    <name>clickar::PremiumBox</name>
    <message>
        <source>Premium for the new term</source>
        <translation>Premium for the new term</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>Annual premium</translation>
    </message>
    <message>
        <source>Per payment</source>
        <translation>Per payment</translation>
    </message>
    <message>
        <source>Difference from last year</source>
        <translation>Difference from last year</translation>
    </message>
    <message>
        <source>Annual premium: %1</source>
        <translation>Annual premium: %1</translation>
    </message>
    <message>
        <source>Recalculating the premium…</source>
        <translation>Recalculating the premium…</translation>
    </message>
    <message>
        <source>The premium could not be recalculated: %1</source>
        <translation>The premium could not be recalculated: %1</translation>
    </message>
    <message>
        <source>Single payment of %1</source>
        <translation>Single payment of %1</translation>
    </message>
    <message>
        <source>%1 × %2 payments</source>
        <translation>%1 × %2 payments</translation>
    </message>
    <message>
        <source>%1 × %2 payments (first payment %3)</source>
        <translation>%1 × %2 payments (first payment %3)</translation>
    </message>
    <message>
        <source>Difference from last year: %1 more</source>
        <translation>Difference from last year: %1 more</translation>
    </message>
    <message>
        <source>Difference from last year: %1 less</source>
        <translation>Difference from last year: %1 less</translation>
    </message>
    <message>
        <source>Difference from last year: none</source>
        <translation>Difference from last year: none</translation>
    </message>
</context>
<context>
    <name>clickar::ReloginDialog</name>
    <message>
        <source>Please log in again</source>
        <translation>Please log in again</translation>
    </message>
    <message>
        <source>For your security your login has timed out. Enter your password to carry on where you left off — nothing you have entered is lost.</source>
        <translation>For your security your login has timed out. Enter your password to carry on where you left off — nothing you have entered is lost.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>clickar::RenewalClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>The server address is not a valid URL.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is allowed only for this computer).</source>
        <translation>The server address must start with https:// (plain http:// is allowed only for this computer).</translation>
    </message>
</context>
<context>
    <name>clickar::RenewalPage</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This renewal was changed elsewhere (in another window or on another device). The latest version has been loaded and what you entered here is kept: check it and press Next again.</source>
        <translation>This renewal was changed elsewhere (in another window or on another device). The latest version has been loaded and what you entered here is kept: check it and press Next again.</translation>
    </message>
    <message>
        <source>I explained this to the customer &amp;and confirmed their wishes</source>
        <translation>I explained this to the customer &amp;and confirmed their wishes</translation>
    </message>
</context>
<context>
    <name>clickar::RenewalWizard</name>
    <message>
        <source>Renewal of your auto insurance</source>
        <translation>Renewal of your auto insurance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrupt</translation>
    </message>
    <message>
        <source>Help on this page (F1)</source>
        <translation>Help on this page (F1)</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Next customer</translation>
    </message>
    <message>
        <source>Stop here: what you have confirmed and entered is saved, and “Continue” on MyPage brings you back to this page.</source>
        <translation>Stop here: what you have confirmed and entered is saved, and “Continue” on MyPage brings you back to this page.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>clickar::ServedPerson</name>
    <message>
        <source>The renewal could not be started. %1</source>
        <translation>The renewal could not be started. %1</translation>
    </message>
    <message>
        <source>The renewal could not be continued. %1</source>
        <translation>The renewal could not be continued. %1</translation>
    </message>
    <message>
        <source>Your renewal is saved as far as you got. Press “Continue” to carry on from the page you left.</source>
        <translation>Your renewal is saved as far as you got. Press “Continue” to carry on from the page you left.</translation>
    </message>
</context>
<context>
    <name>clickar::StepsPanel</name>
    <message>
        <source>Renewal steps</source>
        <translation>Renewal steps</translation>
    </message>
    <message>
        <source>Steps to renewal</source>
        <translation>Steps to renewal</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>① Basic information</source>
        <translation>① Basic information</translation>
    </message>
    <message>
        <source>② Coverage</source>
        <translation>② Coverage</translation>
    </message>
    <message>
        <source>③ Contract details</source>
        <translation>③ Contract details</translation>
    </message>
    <message>
        <source>④ Decided plan</source>
        <translation>④ Decided plan</translation>
    </message>
    <message>
        <source>Customer and payment</source>
        <translation>Customer and payment</translation>
    </message>
    <message>
        <source>Important matters</source>
        <translation>Important matters</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>current step</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>not yet done</source>
        <translation>not yet done</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Step %1 of %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Clickar</source>
        <translation>Clickar</translation>
    </message>
    <message>
        <source>Kiosk mode needs an administrator PIN to leave it, and none is set. Set one first with:
    clickar --set-kiosk-pin</source>
        <translation>Kiosk mode needs an administrator PIN to leave it, and none is set. Set one first with:
    clickar --set-kiosk-pin</translation>
    </message>
</context>
</TS>

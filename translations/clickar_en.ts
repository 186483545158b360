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
        <source>%1 (%2), SHA-256 %3</source>
        <translation>%1 (%2), SHA-256 %3</translation>
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
        <translation>The service could not be reached. Check your network connection and try again.&lt;/source&gt;
        &lt;translation&gt;The service could not be reached. Check your network connection and try again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The service did not answer in time. Please try again.&lt;/source&gt;
        &lt;translation&gt;The service did not answer in time. Please try again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The service sent an answer that could not be read. Please try again later.&lt;/source&gt;
        &lt;translation&gt;The service sent an answer that could not be read. Please try again later.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The service sent an unexpectedly large answer. Please try again later.&lt;/source&gt;
        &lt;translation&gt;The service sent an unexpectedly large answer. Please try again later.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This server address is not secure. Only https:// addresses can be used.&lt;/source&gt;
        &lt;translation&gt;This server address is not secure. Only https:// addresses can be used.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The email address or password is incorrect.&lt;/source&gt;
        &lt;translation&gt;The email address or password is incorrect.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Too many failed attempts. Your account is locked; please try again in %n minute(s).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Too many failed attempts. Your account is locked; please try again in %n minute.&lt;/numerusform&gt;
            &lt;numerusform&gt;Too many failed attempts. Your account is locked; please try again in %n minutes.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The one-time password is incorrect.&lt;/source&gt;
        &lt;translation&gt;The one-time password is incorrect.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The one-time password has expired. Please request a new one.&lt;/source&gt;
        &lt;translation&gt;The one-time password has expired. Please request a new one.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your session has ended. Please log in again.&lt;/source&gt;
        &lt;translation&gt;Your session has ended. Please log in again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Too many requests. Please wait a moment and try again.&lt;/source&gt;
        &lt;translation&gt;Too many requests. Please wait a moment and try again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The service is temporarily unavailable. Please try again shortly.&lt;/source&gt;
        &lt;translation&gt;The service is temporarily unavailable. Please try again shortly.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The service had a problem (error %1). Please try again later.&lt;/source&gt;
        &lt;translation&gt;The service had a problem (error %1). Please try again later.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The request could not be completed (error %1).&lt;/source&gt;
        &lt;translation&gt;The request could not be completed (error %1).&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ApplicationSummary&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Required&lt;/source&gt;
        &lt;translation&gt;Required&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Not required&lt;/source&gt;
        &lt;translation&gt;Not required&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Web and email&lt;/source&gt;
        &lt;translation&gt;Web and email&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Post&lt;/source&gt;
        &lt;translation&gt;Post&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Spouse&lt;/source&gt;
        &lt;translation&gt;Spouse&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Child&lt;/source&gt;
        &lt;translation&gt;Child&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Parent&lt;/source&gt;
        &lt;translation&gt;Parent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The insured&lt;/source&gt;
        &lt;translation&gt;The insured&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Other&lt;/source&gt;
        &lt;translation&gt;Other&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Basic information&lt;/source&gt;
        &lt;translation&gt;Basic information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Policy number&lt;/source&gt;
        &lt;translation&gt;Policy number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Insurance period&lt;/source&gt;
        &lt;translation&gt;Insurance period&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Policyholder&lt;/source&gt;
        &lt;translation&gt;Policyholder&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Named insured&lt;/source&gt;
        &lt;translation&gt;Named insured&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Date of birth of the named insured&lt;/source&gt;
        &lt;translation&gt;Date of birth of the named insured&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Licence colour&lt;/source&gt;
        &lt;translation&gt;Licence colour&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next licence renewal&lt;/source&gt;
        &lt;translation&gt;Next licence renewal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Vehicle&lt;/source&gt;
        &lt;translation&gt;Vehicle&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Registration number&lt;/source&gt;
        &lt;translation&gt;Registration number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;First registered&lt;/source&gt;
        &lt;translation&gt;First registered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Use of the vehicle&lt;/source&gt;
        &lt;translation&gt;Use of the vehicle&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Driver limitation&lt;/source&gt;
        &lt;translation&gt;Driver limitation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Age condition&lt;/source&gt;
        &lt;translation&gt;Age condition&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Youngest driver&lt;/source&gt;
        &lt;translation&gt;Youngest driver&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1, born %2&lt;/source&gt;
        &lt;translation&gt;%1, born %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;accident coefficient for %n year(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;accident coefficient for %n year&lt;/numerusform&gt;
            &lt;numerusform&gt;accident coefficient for %n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;no accident coefficient&lt;/source&gt;
        &lt;translation&gt;no accident coefficient&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Non-fleet grade&lt;/source&gt;
        &lt;translation&gt;Non-fleet grade&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Grade %1 (%2)&lt;/source&gt;
        &lt;translation&gt;Grade %1 (%2)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Coverage&lt;/source&gt;
        &lt;translation&gt;Coverage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Plan&lt;/source&gt;
        &lt;translation&gt;Plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Bodily injury liability&lt;/source&gt;
        &lt;translation&gt;Bodily injury liability&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Property damage liability&lt;/source&gt;
        &lt;translation&gt;Property damage liability&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Personal injury&lt;/source&gt;
        &lt;translation&gt;Personal injury&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Passenger injury&lt;/source&gt;
        &lt;translation&gt;Passenger injury&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1, insured amount %2, deductible %3&lt;/source&gt;
        &lt;translation&gt;%1, insured amount %2, deductible %3&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Riders&lt;/source&gt;
        &lt;translation&gt;Riders&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Premium&lt;/source&gt;
        &lt;translation&gt;Premium&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Annual premium (this year)&lt;/source&gt;
        &lt;translation&gt;Annual premium (this year)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Annual premium (last year)&lt;/source&gt;
        &lt;translation&gt;Annual premium (last year)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Difference from last year&lt;/source&gt;
        &lt;translation&gt;Difference from last year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Payment method&lt;/source&gt;
        &lt;translation&gt;Payment method&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Amount per payment&lt;/source&gt;
        &lt;translation&gt;Amount per payment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 × %2 (first payment %3)&lt;/source&gt;
        &lt;translation&gt;%1 × %2 (first payment %3)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1, paid once&lt;/source&gt;
        &lt;translation&gt;%1, paid once&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Group discount&lt;/source&gt;
        &lt;translation&gt;Group discount&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Customer information&lt;/source&gt;
        &lt;translation&gt;Customer information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Address&lt;/source&gt;
        &lt;translation&gt;Address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Phone number&lt;/source&gt;
        &lt;translation&gt;Phone number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Email&lt;/source&gt;
        &lt;translation&gt;Email&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Group&lt;/source&gt;
        &lt;translation&gt;Group&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department / employee number&lt;/source&gt;
        &lt;translation&gt;Department / employee number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Important matters&lt;/source&gt;
        &lt;translation&gt;Important matters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Document&lt;/source&gt;
        &lt;translation&gt;Document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 (%2), SHA-256 %3&lt;/source&gt;
        &lt;translation&gt;%1 (%2), SHA-256 %3&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Electronic delivery&lt;/source&gt;
        &lt;translation&gt;Electronic delivery&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Consented&lt;/source&gt;
        &lt;translation&gt;Consented&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Matters to disclose and to notify&lt;/source&gt;
        &lt;translation&gt;Matters to disclose and to notify&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Confirmed&lt;/source&gt;
        &lt;translation&gt;Confirmed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Application&lt;/source&gt;
        &lt;translation&gt;Application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Driver card&lt;/source&gt;
        &lt;translation&gt;Driver card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;How to notify you at the next maturity&lt;/source&gt;
        &lt;translation&gt;How to notify you at the next maturity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your application&lt;/source&gt;
        &lt;translation&gt;Your application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New policy number&lt;/source&gt;
        &lt;translation&gt;New policy number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Applied on&lt;/source&gt;
        &lt;translation&gt;Applied on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Previous policy number&lt;/source&gt;
        &lt;translation&gt;Previous policy number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Confirmation email&lt;/source&gt;
        &lt;translation&gt;Confirmation email&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;“%1” to %2&lt;/source&gt;
        &lt;translation&gt;“%1” to %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contacts&lt;/source&gt;
        &lt;translation&gt;Contacts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Insurer&lt;/source&gt;
        &lt;translation&gt;Insurer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Agency&lt;/source&gt;
        &lt;translation&gt;Agency&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 (%2)</translation>
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
</context>
<context>
    <name>DocumentTools</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 was not found.</translation>
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
        <source>I have confirmed the driver range</source>
        <translation>I have confirmed the driver range</translation>
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
        <source>The above is correct</source>
        <translation>The above is correct</translation>
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
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
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
        <source>The above is correct</source>
        <translation>The above is correct</translation>
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
        <source>The above is correct</source>
        <translation>The above is correct</translation>
    </message>
    <message>
        <source>Last year&apos;s annual premium: %1</source>
        <translation>Last year&apos;s annual premium: %1</translation>
    </message>
    <message>
        <source>Recalculating the premiums…</source>
        <translation>Recalculating the premiums…</translation>
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
        <translation>Postal code (〒)</translation>
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
        <source>The above is correct</source>
        <translation>The above is correct</translation>
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
        <source>The above is correct</source>
        <translation>The above is correct</translation>
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
        <source>Open the explanation of important matters</source>
        <translation>Open the explanation of important matters</translation>
    </message>
    <message>
        <source>I consent to electronic delivery of the explanation of important matters</source>
        <translation>I consent to electronic delivery of the explanation of important matters</translation>
    </message>
    <message>
        <source>I have confirmed</source>
        <translation>I have confirmed</translation>
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
        <source>Back to MyPage</source>
        <translation>Back to MyPage</translation>
    </message>
    <message>
        <source>Proceed to the renewal procedure</source>
        <translation>Proceed to the renewal procedure</translation>
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
        <translation>&lt;b&gt;No MyPage account yet?&lt;/b&gt; MyPage registration (会員登録) is done on the insurer&apos;s website. Please register there first, then log in here with the email address and password you registered.</translation>
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
        <source>Demo mail</source>
        <translation>Demo mail</translation>
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
        <source>Do you want to log out? The pages you have confirmed are saved and the renewal continues from there next time; entries on the current page that are not yet confirmed are lost.</source>
        <translation>Do you want to log out? The pages you have confirmed are saved and the renewal continues from there next time; entries on the current page that are not yet confirmed are lost.</translation>
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
        <source>Contracts that can be renewed now have the button “Start renewal”. Press it to see what the renewal involves before you begin.</source>
        <translation>Contracts that can be renewed now have the button “Start renewal”. Press it to see what the renewal involves before you begin.</translation>
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
        <source>I have read and confirmed the above</source>
        <translation>I have read and confirmed the above</translation>
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
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>Interrupt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Help on this page (F1)</source>
        <translation>Help on this page (F1)</translation>
    </message>
</context>
<context>
    <name>clickar::ServedPerson</name>
    <message>
        <source>The renewal could not be started. %1</source>
        <translation>The renewal could not be started. %1</translation>
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
        <translation>Renewal open&lt;/source&gt;
        &lt;translation&gt;Renewal open&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renewed&lt;/source&gt;
        &lt;translation&gt;Renewed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renewal not yet open&lt;/source&gt;
        &lt;translation&gt;Renewal not yet open&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expired&lt;/source&gt;
        &lt;translation&gt;Expired&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No limitation&lt;/source&gt;
        &lt;translation&gt;No limitation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Family only&lt;/source&gt;
        &lt;translation&gt;Family only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Insured and spouse only&lt;/source&gt;
        &lt;translation&gt;Insured and spouse only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Insured only&lt;/source&gt;
        &lt;translation&gt;Insured only&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;All ages&lt;/source&gt;
        &lt;translation&gt;All ages&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Age 21 and over&lt;/source&gt;
        &lt;translation&gt;Age 21 and over&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Age 26 and over&lt;/source&gt;
        &lt;translation&gt;Age 26 and over&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Age 35 and over&lt;/source&gt;
        &lt;translation&gt;Age 35 and over&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Gold&lt;/source&gt;
        &lt;translation&gt;Gold&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Blue&lt;/source&gt;
        &lt;translation&gt;Blue&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Green&lt;/source&gt;
        &lt;translation&gt;Green&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Daily life and leisure&lt;/source&gt;
        &lt;translation&gt;Daily life and leisure&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Commuting&lt;/source&gt;
        &lt;translation&gt;Commuting&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Business&lt;/source&gt;
        &lt;translation&gt;Business&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Payroll deduction, 12 instalments&lt;/source&gt;
        &lt;translation&gt;Payroll deduction, 12 instalments&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Single payment&lt;/source&gt;
        &lt;translation&gt;Single payment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;None&lt;/source&gt;
        &lt;translation&gt;None&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥30 million&lt;/source&gt;
        &lt;translation&gt;¥30 million&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥50 million&lt;/source&gt;
        &lt;translation&gt;¥50 million&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥100 million&lt;/source&gt;
        &lt;translation&gt;¥100 million&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Unlimited&lt;/source&gt;
        &lt;translation&gt;Unlimited&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥5 million&lt;/source&gt;
        &lt;translation&gt;¥5 million&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥10 million&lt;/source&gt;
        &lt;translation&gt;¥10 million&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;General&lt;/source&gt;
        &lt;translation&gt;General&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Economy (vehicle-to-vehicle + A)&lt;/source&gt;
        &lt;translation&gt;Economy (vehicle-to-vehicle + A)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥0 first claim / ¥100,000 later&lt;/source&gt;
        &lt;translation&gt;¥0 first claim / ¥100,000 later&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥50,000 first claim / ¥100,000 later&lt;/source&gt;
        &lt;translation&gt;¥50,000 first claim / ¥100,000 later&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;¥100,000 each claim&lt;/source&gt;
        &lt;translation&gt;¥100,000 each claim&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Legal expenses (car accidents)&lt;/source&gt;
        &lt;translation&gt;Legal expenses (car accidents)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Legal expenses (daily life and car accidents)&lt;/source&gt;
        &lt;translation&gt;Legal expenses (daily life and car accidents)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Personal liability&lt;/source&gt;
        &lt;translation&gt;Personal liability&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Family motorbike (own injury)&lt;/source&gt;
        &lt;translation&gt;Family motorbike (own injury)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Family motorbike (personal injury)&lt;/source&gt;
        &lt;translation&gt;Family motorbike (personal injury)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Repair cost gap on total loss of property&lt;/source&gt;
        &lt;translation&gt;Repair cost gap on total loss of property&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Road assistance&lt;/source&gt;
        &lt;translation&gt;Road assistance&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;MessageBoxes&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;OK&lt;/source&gt;
        &lt;translation&gt;OK&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Cancel&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ReceiptDocument&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Receipt of your application&lt;/source&gt;
        &lt;translation&gt;Receipt of your application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Auto insurance renewal — please keep this receipt.&lt;/source&gt;
        &lt;translation&gt;Auto insurance renewal — please keep this receipt.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Created on %1 by Clickar.&lt;/source&gt;
        &lt;translation&gt;Created on %1 by Clickar.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::ApplicationPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Application&lt;/source&gt;
        &lt;translation&gt;Application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose the remaining options, check the summary and apply. After applying you cannot go back.&lt;/source&gt;
        &lt;translation&gt;Choose the remaining options, check the summary and apply. After applying you cannot go back.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Apply for the contract&lt;/source&gt;
        &lt;translation&gt;Apply for the contract&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Driver card&lt;/source&gt;
        &lt;translation&gt;Driver card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;How to notify you at the next maturity&lt;/source&gt;
        &lt;translation&gt;How to notify you at the next maturity&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Summary of your application&lt;/source&gt;
        &lt;translation&gt;Summary of your application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Retry&lt;/source&gt;
        &lt;translation&gt;Retry&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sending your application… Please wait; do not close the window.&lt;/source&gt;
        &lt;translation&gt;Sending your application… Please wait; do not close the window.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your application may already have reached us. “Retry” sends exactly the same application again; it can never be applied twice.&lt;/source&gt;
        &lt;translation&gt;Your application may already have reached us. “Retry” sends exactly the same application again; it can never be applied twice.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Nothing has been applied. Check the above and try again.&lt;/source&gt;
        &lt;translation&gt;Nothing has been applied. Check the above and try again.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::BasicInfoPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Contract details ① Basic information&lt;/source&gt;
        &lt;translation&gt;Contract details ① Basic information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check the basic information of your renewed contract.&lt;/source&gt;
        &lt;translation&gt;Check the basic information of your renewed contract.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next (② Coverage)&lt;/source&gt;
        &lt;translation&gt;Next (② Coverage)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contract&lt;/source&gt;
        &lt;translation&gt;Contract&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Driver range&lt;/source&gt;
        &lt;translation&gt;Driver range&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Driver limitation&lt;/source&gt;
        &lt;translation&gt;Driver limitation&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Age condition&lt;/source&gt;
        &lt;translation&gt;Age condition&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accidents caused by drivers outside this range are not covered.&lt;/source&gt;
        &lt;translation&gt;Accidents caused by drivers outside this range are not covered.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;I have confirmed the driver range&lt;/source&gt;
        &lt;translation&gt;I have confirmed the driver range&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Principal insured driver&lt;/source&gt;
        &lt;translation&gt;Principal insured driver&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Licence colour&lt;/source&gt;
        &lt;translation&gt;Licence colour&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Non-fleet grade (new term)&lt;/source&gt;
        &lt;translation&gt;Non-fleet grade (new term)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accident coefficient period (new term)&lt;/source&gt;
        &lt;translation&gt;Accident coefficient period (new term)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The above is correct&lt;/source&gt;
        &lt;translation&gt;The above is correct&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Accidents caused by drivers outside this driver range are not covered.

Driver limitation: %1
Age condition: %2

Is the driver range correct?&lt;/source&gt;
        &lt;translation&gt;Accidents caused by drivers outside this driver range are not covered.

Driver limitation: %1
Age condition: %2

Is the driver range correct?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Policy number&lt;/source&gt;
        &lt;translation&gt;Policy number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New insurance period&lt;/source&gt;
        &lt;translation&gt;New insurance period&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Policyholder&lt;/source&gt;
        &lt;translation&gt;Policyholder&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Principal insured&lt;/source&gt;
        &lt;translation&gt;Principal insured&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Grade %1&lt;/source&gt;
        &lt;translation&gt;Grade %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n year(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n year&lt;/numerusform&gt;
            &lt;numerusform&gt;%n years&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::ClickarApp&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;The demo data could not be loaded: %1&lt;/source&gt;
        &lt;translation&gt;The demo data could not be loaded: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The demo service could not be started.&lt;/source&gt;
        &lt;translation&gt;The demo service could not be started.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::CompletionPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Complete&lt;/source&gt;
        &lt;translation&gt;Complete&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Thank you. Your auto insurance has been renewed.&lt;/source&gt;
        &lt;translation&gt;Thank you. Your auto insurance has been renewed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your application is complete&lt;/source&gt;
        &lt;translation&gt;Your application is complete&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New policy number&lt;/source&gt;
        &lt;translation&gt;New policy number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Keep a receipt of your application: print it, or save it as a PDF file.&lt;/source&gt;
        &lt;translation&gt;Keep a receipt of your application: print it, or save it as a PDF file.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Print the receipt&lt;/source&gt;
        &lt;translation&gt;Print the receipt&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save as PDF&lt;/source&gt;
        &lt;translation&gt;Save as PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;New policy number %1&lt;/source&gt;
        &lt;translation&gt;New policy number %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A confirmation email is being sent to your registered address.&lt;/source&gt;
        &lt;translation&gt;A confirmation email is being sent to your registered address.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;We have sent the email “%1” to your registered address (%2).&lt;/source&gt;
        &lt;translation&gt;We have sent the email “%1” to your registered address (%2).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save the receipt as PDF&lt;/source&gt;
        &lt;translation&gt;Save the receipt as PDF&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;PDF files (*.pdf)&lt;/source&gt;
        &lt;translation&gt;PDF files (*.pdf)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The receipt could not be saved: %1&lt;/source&gt;
        &lt;translation&gt;The receipt could not be saved: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The receipt was saved as %1.&lt;/source&gt;
        &lt;translation&gt;The receipt was saved as %1.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::ContractDetailsPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Spouse&lt;/source&gt;
        &lt;translation&gt;Spouse&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Child&lt;/source&gt;
        &lt;translation&gt;Child&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Parent&lt;/source&gt;
        &lt;translation&gt;Parent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Brother or sister&lt;/source&gt;
        &lt;translation&gt;Brother or sister&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Other&lt;/source&gt;
        &lt;translation&gt;Other&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contract details ③ Details&lt;/source&gt;
        &lt;translation&gt;Contract details ③ Details&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check the details of the insured person and the vehicle.&lt;/source&gt;
        &lt;translation&gt;Check the details of the insured person and the vehicle.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next (④ Decided plan)&lt;/source&gt;
        &lt;translation&gt;Next (④ Decided plan)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The above is correct&lt;/source&gt;
        &lt;translation&gt;The above is correct&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Principal insured driver&lt;/source&gt;
        &lt;translation&gt;Principal insured driver&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next licence renewal (year/month, required)&lt;/source&gt;
        &lt;translation&gt;Next licence renewal (year/month, required)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next licence renewal: year&lt;/source&gt;
        &lt;translation&gt;Next licence renewal: year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next licence renewal: month&lt;/source&gt;
        &lt;translation&gt;Next licence renewal: month&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Month&lt;/source&gt;
        &lt;translation&gt;Month&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The month your driving licence expires, as printed on it.&lt;/source&gt;
        &lt;translation&gt;The month your driving licence expires, as printed on it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Vehicle&lt;/source&gt;
        &lt;translation&gt;Vehicle&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Purpose of use&lt;/source&gt;
        &lt;translation&gt;Purpose of use&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Youngest driver&lt;/source&gt;
        &lt;translation&gt;Youngest driver&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Youngest driver: relationship&lt;/source&gt;
        &lt;translation&gt;Youngest driver: relationship&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose&lt;/source&gt;
        &lt;translation&gt;Choose&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Youngest driver: date of birth&lt;/source&gt;
        &lt;translation&gt;Youngest driver: date of birth&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;e.g. 2006/03/15&lt;/source&gt;
        &lt;translation&gt;e.g. 2006/03/15&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Relationship&lt;/source&gt;
        &lt;translation&gt;Relationship&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Date of birth&lt;/source&gt;
        &lt;translation&gt;Date of birth&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Not needed: only the principal insured drives (insured only).&lt;/source&gt;
        &lt;translation&gt;Not needed: only the principal insured drives (insured only).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Required: enter the youngest of the people who will drive (%1, %2).&lt;/source&gt;
        &lt;translation&gt;Required: enter the youngest of the people who will drive (%1, %2).&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Optional for the age condition &quot;%1&quot;.&lt;/source&gt;
        &lt;translation&gt;Optional for the age condition &quot;%1&quot;.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This driver will be %1 when the new term starts: the age condition &quot;%2&quot; does not cover them, and accidents they cause would not be paid. Go back to ① Basic information and change the age condition.&lt;/source&gt;
        &lt;translation&gt;This driver will be %1 when the new term starts: the age condition &quot;%2&quot; does not cover them, and accidents they cause would not be paid. Go back to ① Basic information and change the age condition.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Year&lt;/source&gt;
        &lt;translation&gt;Year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name&lt;/source&gt;
        &lt;translation&gt;Name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Licence colour&lt;/source&gt;
        &lt;translation&gt;Licence colour&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Car name&lt;/source&gt;
        &lt;translation&gt;Car name&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Model&lt;/source&gt;
        &lt;translation&gt;Model&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Registration number&lt;/source&gt;
        &lt;translation&gt;Registration number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;First registered&lt;/source&gt;
        &lt;translation&gt;First registered&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::CoveragePage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Contract details ② Coverage&lt;/source&gt;
        &lt;translation&gt;Contract details ② Coverage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Compare the plans and choose one.&lt;/source&gt;
        &lt;translation&gt;Compare the plans and choose one.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next (③ Contract details)&lt;/source&gt;
        &lt;translation&gt;Next (③ Contract details)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The above is correct&lt;/source&gt;
        &lt;translation&gt;The above is correct&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Last year&apos;s annual premium: %1&lt;/source&gt;
        &lt;translation&gt;Last year&apos;s annual premium: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Recalculating the premiums…&lt;/source&gt;
        &lt;translation&gt;Recalculating the premiums…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::CustomerPaymentPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;The amount could not be recalculated: %1&lt;/source&gt;
        &lt;translation&gt;The amount could not be recalculated: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Customer and payment information&lt;/source&gt;
        &lt;translation&gt;Customer and payment information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check your address, phone number and how you pay. Correct anything that has changed.&lt;/source&gt;
        &lt;translation&gt;Check your address, phone number and how you pay. Correct anything that has changed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next (Important matters)&lt;/source&gt;
        &lt;translation&gt;Next (Important matters)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Address&lt;/source&gt;
        &lt;translation&gt;Address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contact and workplace&lt;/source&gt;
        &lt;translation&gt;Contact and workplace&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Payment&lt;/source&gt;
        &lt;translation&gt;Payment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Postal code (〒)&lt;/source&gt;
        &lt;translation&gt;Postal code (〒)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Prefecture&lt;/source&gt;
        &lt;translation&gt;Prefecture&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;City, street and number&lt;/source&gt;
        &lt;translation&gt;City, street and number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Building (optional)&lt;/source&gt;
        &lt;translation&gt;Building (optional)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Phone number&lt;/source&gt;
        &lt;translation&gt;Phone number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Email&lt;/source&gt;
        &lt;translation&gt;Email&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Group&lt;/source&gt;
        &lt;translation&gt;Group&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Department / employee number&lt;/source&gt;
        &lt;translation&gt;Department / employee number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Payment method&lt;/source&gt;
        &lt;translation&gt;Payment method&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Amount per payment&lt;/source&gt;
        &lt;translation&gt;Amount per payment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The above is correct&lt;/source&gt;
        &lt;translation&gt;The above is correct&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose…&lt;/source&gt;
        &lt;translation&gt;Choose…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Recalculating…&lt;/source&gt;
        &lt;translation&gt;Recalculating…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 per month, %2 payments (first payment %3); %4 a year&lt;/source&gt;
        &lt;translation&gt;%1 per month, %2 payments (first payment %3); %4 a year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1, paid once&lt;/source&gt;
        &lt;translation&gt;%1, paid once&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the postal code.&lt;/source&gt;
        &lt;translation&gt;Enter the postal code.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the postal code in the form 123-4567.&lt;/source&gt;
        &lt;translation&gt;Enter the postal code in the form 123-4567.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose a prefecture.&lt;/source&gt;
        &lt;translation&gt;Choose a prefecture.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the city, street and number.&lt;/source&gt;
        &lt;translation&gt;Enter the city, street and number.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter a phone number.&lt;/source&gt;
        &lt;translation&gt;Enter a phone number.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.&lt;/source&gt;
        &lt;translation&gt;Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::DecisionPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Contract details ④ Decided plan&lt;/source&gt;
        &lt;translation&gt;Contract details ④ Decided plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check the plan you have chosen, its coverage and its premium.&lt;/source&gt;
        &lt;translation&gt;Check the plan you have chosen, its coverage and its premium.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next (⑤ Customer and payment)&lt;/source&gt;
        &lt;translation&gt;Next (⑤ Customer and payment)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The above is correct&lt;/source&gt;
        &lt;translation&gt;The above is correct&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::DisclosurePage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Important matters&lt;/source&gt;
        &lt;translation&gt;Important matters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Read the explanation of important matters to its end and confirm the matters to disclose and to notify.&lt;/source&gt;
        &lt;translation&gt;Read the explanation of important matters to its end and confirm the matters to disclose and to notify.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next (Application)&lt;/source&gt;
        &lt;translation&gt;Next (Application)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open the explanation of important matters&lt;/source&gt;
        &lt;translation&gt;Open the explanation of important matters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;I consent to electronic delivery of the explanation of important matters&lt;/source&gt;
        &lt;translation&gt;I consent to electronic delivery of the explanation of important matters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;I have confirmed&lt;/source&gt;
        &lt;translation&gt;I have confirmed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Matters to disclose (duty of disclosure)&lt;/source&gt;
        &lt;translation&gt;Matters to disclose (duty of disclosure)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Matters to notify (duty of notification)&lt;/source&gt;
        &lt;translation&gt;Matters to notify (duty of notification)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The explanation of important matters is not available at the moment. Please try again later or contact us.&lt;/source&gt;
        &lt;translation&gt;The explanation of important matters is not available at the moment. Please try again later or contact us.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 (%2, %n page(s))&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 (%2, %n page)&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 (%2, %n pages)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading the document…&lt;/source&gt;
        &lt;translation&gt;Loading the document…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 Press the button to try again.&lt;/source&gt;
        &lt;translation&gt;%1 Press the button to try again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document received does not match the insurer&apos;s version (its SHA-256 check failed), so it cannot be used for your consent. Please try again later or contact us.&lt;/source&gt;
        &lt;translation&gt;The document received does not match the insurer&apos;s version (its SHA-256 check failed), so it cannot be used for your consent. Please try again later or contact us.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;You have read the document to its end. You can now give your consent.&lt;/source&gt;
        &lt;translation&gt;You have read the document to its end. You can now give your consent.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Document checked (%n page(s)). Scroll to the end of the document in its window to give your consent.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Document checked (%n page). Scroll to the end of the document in its window to give your consent.&lt;/numerusform&gt;
            &lt;numerusform&gt;Document checked (%n pages). Scroll to the end of the document in its window to give your consent.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open the document again and scroll to its end to give your consent.&lt;/source&gt;
        &lt;translation&gt;Open the document again and scroll to its end to give your consent.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open the document and read it to its end; then you can give your consent.&lt;/source&gt;
        &lt;translation&gt;Open the document and read it to its end; then you can give your consent.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::FieldError&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Error: %1&lt;/source&gt;
        &lt;translation&gt;Error: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::GuideScreen&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Renewal of your auto insurance&lt;/source&gt;
        &lt;translation&gt;Renewal of your auto insurance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Retry&lt;/source&gt;
        &lt;translation&gt;Retry&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Time needed&lt;/source&gt;
        &lt;translation&gt;Time needed&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Maturity date&lt;/source&gt;
        &lt;translation&gt;Maturity date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renewal deadline&lt;/source&gt;
        &lt;translation&gt;Renewal deadline&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Steps to renewal&lt;/source&gt;
        &lt;translation&gt;Steps to renewal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Please have at hand&lt;/source&gt;
        &lt;translation&gt;Please have at hand&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Good to know&lt;/source&gt;
        &lt;translation&gt;Good to know&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Back to MyPage&lt;/source&gt;
        &lt;translation&gt;Back to MyPage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Proceed to the renewal procedure&lt;/source&gt;
        &lt;translation&gt;Proceed to the renewal procedure&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Preparing your renewal…&lt;/source&gt;
        &lt;translation&gt;Preparing your renewal…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Policy number %1 · %2 (%3) · %4&lt;/source&gt;
        &lt;translation&gt;Policy number %1 · %2 (%3) · %4&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading the renewal guide…&lt;/source&gt;
        &lt;translation&gt;Loading the renewal guide…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The renewal guide could not be loaded. %1&lt;/source&gt;
        &lt;translation&gt;The renewal guide could not be loaded. %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;About %n minute(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;About %n minute&lt;/numerusform&gt;
            &lt;numerusform&gt;About %n minutes&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::HelpDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Phone: %1&lt;/source&gt;
        &lt;translation&gt;Phone: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Hours: %1&lt;/source&gt;
        &lt;translation&gt;Hours: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Help&lt;/source&gt;
        &lt;translation&gt;Help&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;What this page is for&lt;/source&gt;
        &lt;translation&gt;What this page is for&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contacts&lt;/source&gt;
        &lt;translation&gt;Contacts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Try again&lt;/source&gt;
        &lt;translation&gt;Try again&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading the contacts…&lt;/source&gt;
        &lt;translation&gt;Loading the contacts…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Help: %1&lt;/source&gt;
        &lt;translation&gt;Help: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your agency&lt;/source&gt;
        &lt;translation&gt;Your agency&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No agency handles this contract: please contact the insurer.&lt;/source&gt;
        &lt;translation&gt;No agency handles this contract: please contact the insurer.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Insurer&lt;/source&gt;
        &lt;translation&gt;Insurer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The contacts could not be loaded. %1&lt;/source&gt;
        &lt;translation&gt;The contacts could not be loaded. %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Before the renewal, read how your personal information is handled, the solicitation policy and the notes on this renewal. When you have read them, tick the box to confirm and go on.&lt;/source&gt;
        &lt;translation&gt;Before the renewal, read how your personal information is handled, the solicitation policy and the notes on this renewal. When you have read them, tick the box to confirm and go on.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check the basic information of the renewed contract: the policy number, the new insurance period, the policyholder and the principal insured. You can change who may drive (driver limitation and age condition) and the licence colour; the premium is then recalculated. Accidents caused by drivers outside the driver range are not covered.&lt;/source&gt;
        &lt;translation&gt;Check the basic information of the renewed contract: the policy number, the new insurance period, the policyholder and the principal insured. You can change who may drive (driver limitation and age condition) and the licence colour; the premium is then recalculated. Accidents caused by drivers outside the driver range are not covered.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Compare the plans offered for the new term side by side: each coverage, the annual premium, the amount per payment and the difference from last year&apos;s premium. Choose one plan.&lt;/source&gt;
        &lt;translation&gt;Compare the plans offered for the new term side by side: each coverage, the annual premium, the amount per payment and the difference from last year&apos;s premium. Choose one plan.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check the details of the principal insured and the vehicle. Enter the year and month of your next licence renewal (printed on your driving licence) and the purpose of use. When drivers are not limited to the insured and the age condition is 26 or 35 and over, enter the youngest driver. The premium is recalculated after each change.&lt;/source&gt;
        &lt;translation&gt;Check the details of the principal insured and the vehicle. Enter the year and month of your next licence renewal (printed on your driving licence) and the purpose of use. When drivers are not limited to the insured and the age condition is 26 or 35 and over, enter the youngest driver. The premium is recalculated after each change.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check the plan you chose: its basic information, every coverage, and the premium for this year and last year.&lt;/source&gt;
        &lt;translation&gt;Check the plan you chose: its basic information, every coverage, and the premium for this year and last year.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Check your address, phone number and group, and the way you pay the premium.&lt;/source&gt;
        &lt;translation&gt;Check your address, phone number and group, and the way you pay the premium.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Open the important matters document (contract overview and warnings), read it to the end and agree to its electronic delivery. Then confirm the notices listed on the page.&lt;/source&gt;
        &lt;translation&gt;Open the important matters document (contract overview and warnings), read it to the end and agree to its electronic delivery. Then confirm the notices listed on the page.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Choose whether you need a driver card and how you want to hear about the next renewal, check the summary and apply. Once you have applied you cannot go back.&lt;/source&gt;
        &lt;translation&gt;Choose whether you need a driver card and how you want to hear about the next renewal, check the summary and apply. Once you have applied you cannot go back.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your renewal is complete. Keep the new policy number; you can print the receipt or save it as PDF.&lt;/source&gt;
        &lt;translation&gt;Your renewal is complete. Keep the new policy number; you can print the receipt or save it as PDF.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::LoginScreen&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;MyPage login&lt;/source&gt;
        &lt;translation&gt;MyPage login&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Log in with the email address and password registered for MyPage.&lt;/source&gt;
        &lt;translation&gt;Log in with the email address and password registered for MyPage.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Email address&lt;/source&gt;
        &lt;translation&gt;Email address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Password&lt;/source&gt;
        &lt;translation&gt;Password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Save my login information&lt;/source&gt;
        &lt;translation&gt;Save my login information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Retry&lt;/source&gt;
        &lt;translation&gt;Retry&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Log in&lt;/source&gt;
        &lt;translation&gt;Log in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&lt;b&gt;No MyPage account yet?&lt;/b&gt; MyPage registration (会員登録) is done on the insurer&apos;s website. Please register there first, then log in here with the email address and password you registered.&lt;/source&gt;
        &lt;translation&gt;&lt;b&gt;No MyPage account yet?&lt;/b&gt; MyPage registration (会員登録) is done on the insurer&apos;s website. Please register there first, then log in here with the email address and password you registered.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Logging in with your saved login…&lt;/source&gt;
        &lt;translation&gt;Logging in with your saved login…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your saved login could not be checked: %1&lt;/source&gt;
        &lt;translation&gt;Your saved login could not be checked: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your saved login has expired. Please log in again.&lt;/source&gt;
        &lt;translation&gt;Your saved login has expired. Please log in again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;You stay logged in on this computer. The login is kept only in this computer&apos;s secure keychain. Do not use this on a shared computer.&lt;/source&gt;
        &lt;translation&gt;You stay logged in on this computer. The login is kept only in this computer&apos;s secure keychain. Do not use this on a shared computer.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Saving the login is not available: this computer has no secure keychain (Secret Service) running. You can still log in as usual.&lt;/source&gt;
        &lt;translation&gt;Saving the login is not available: this computer has no secure keychain (Secret Service) running. You can still log in as usual.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter your email address.&lt;/source&gt;
        &lt;translation&gt;Enter your email address.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter the email address in the form name@example.jp.&lt;/source&gt;
        &lt;translation&gt;Enter the email address in the form name@example.jp.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter your password.&lt;/source&gt;
        &lt;translation&gt;Enter your password.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Logging in…&lt;/source&gt;
        &lt;translation&gt;Logging in…&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::MailPanel&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Emails the demo service has sent, newest first.&lt;/source&gt;
        &lt;translation&gt;Emails the demo service has sent, newest first.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Refresh&lt;/source&gt;
        &lt;translation&gt;Refresh&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No emails yet. Log in with a demo account to receive a one-time password.&lt;/source&gt;
        &lt;translation&gt;No emails yet. Log in with a demo account to receive a one-time password.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sent emails&lt;/source&gt;
        &lt;translation&gt;Sent emails&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Code:&lt;/source&gt;
        &lt;translation&gt;Code:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Copy&lt;/source&gt;
        &lt;translation&gt;Copy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Copy the one-time password&lt;/source&gt;
        &lt;translation&gt;Copy the one-time password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Copied&lt;/source&gt;
        &lt;translation&gt;Copied&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;To: %1&lt;/source&gt;
        &lt;translation&gt;To: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Subject: %1&lt;/source&gt;
        &lt;translation&gt;Subject: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Sent: %1&lt;/source&gt;
        &lt;translation&gt;Sent: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Clickar — auto insurance renewal&lt;/source&gt;
        &lt;translation&gt;Clickar — auto insurance renewal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;DEMO — connected to the built-in demo service. No real contract is changed.&lt;/source&gt;
        &lt;translation&gt;DEMO — connected to the built-in demo service. No real contract is changed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Account&lt;/source&gt;
        &lt;translation&gt;Account&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Log out&lt;/source&gt;
        &lt;translation&gt;Log out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End this login&lt;/source&gt;
        &lt;translation&gt;End this login&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Demo mail&lt;/source&gt;
        &lt;translation&gt;Demo mail&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your login information could not be saved in the keychain. You are logged in, but will need to log in again next time.&lt;/source&gt;
        &lt;translation&gt;Your login information could not be saved in the keychain. You are logged in, but will need to log in again next time.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 (logged in)&lt;/source&gt;
        &lt;translation&gt;%1 (logged in)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The renewal could not be started. %1&lt;/source&gt;
        &lt;translation&gt;The renewal could not be started. %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Do you want to log out? The pages you have confirmed are saved and the renewal continues from there next time; entries on the current page that are not yet confirmed are lost.&lt;/source&gt;
        &lt;translation&gt;Do you want to log out? The pages you have confirmed are saved and the renewal continues from there next time; entries on the current page that are not yet confirmed are lost.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;You have logged out.&lt;/source&gt;
        &lt;translation&gt;You have logged out.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::MyPageScreen&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;The renewal of this contract is complete.&lt;/source&gt;
        &lt;translation&gt;The renewal of this contract is complete.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The renewal period has not started yet.&lt;/source&gt;
        &lt;translation&gt;The renewal period has not started yet.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This contract has matured. Please contact your agent.&lt;/source&gt;
        &lt;translation&gt;This contract has matured. Please contact your agent.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your contracts — choose the contract to renew&lt;/source&gt;
        &lt;translation&gt;Your contracts — choose the contract to renew&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Contracts that can be renewed now have the button “Start renewal”. Press it to see what the renewal involves before you begin.&lt;/source&gt;
        &lt;translation&gt;Contracts that can be renewed now have the button “Start renewal”. Press it to see what the renewal involves before you begin.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Retry&lt;/source&gt;
        &lt;translation&gt;Retry&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your contracts&lt;/source&gt;
        &lt;translation&gt;Your contracts&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Policy number&lt;/source&gt;
        &lt;translation&gt;Policy number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Insurance type&lt;/source&gt;
        &lt;translation&gt;Insurance type&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Insurance period&lt;/source&gt;
        &lt;translation&gt;Insurance period&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Car name / registration&lt;/source&gt;
        &lt;translation&gt;Car name / registration&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Status&lt;/source&gt;
        &lt;translation&gt;Status&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Welcome, %1&lt;/source&gt;
        &lt;translation&gt;Welcome, %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading your contracts…&lt;/source&gt;
        &lt;translation&gt;Loading your contracts…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Your contracts could not be loaded. %1&lt;/source&gt;
        &lt;translation&gt;Your contracts could not be loaded. %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Start renewal&lt;/source&gt;
        &lt;translation&gt;Start renewal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Start renewal of policy %1&lt;/source&gt;
        &lt;translation&gt;Start renewal of policy %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Renewal deadline: %1&lt;/source&gt;
        &lt;translation&gt;Renewal deadline: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;There are no contracts on this MyPage account. If you expected one here, please contact your agent.&lt;/source&gt;
        &lt;translation&gt;There are no contracts on this MyPage account. If you expected one here, please contact your agent.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::OtpForm&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;One-time password (6 digits)&lt;/source&gt;
        &lt;translation&gt;One-time password (6 digits)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;One-time password&lt;/source&gt;
        &lt;translation&gt;One-time password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Resend&lt;/source&gt;
        &lt;translation&gt;Resend&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Send a new one-time password to the same address&lt;/source&gt;
        &lt;translation&gt;Send a new one-time password to the same address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Confirm&lt;/source&gt;
        &lt;translation&gt;Confirm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The one-time password has expired. Press Resend to receive a new one.&lt;/source&gt;
        &lt;translation&gt;The one-time password has expired. Press Resend to receive a new one.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This one-time password has expired.&lt;/source&gt;
        &lt;translation&gt;This one-time password has expired.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Valid for another %1&lt;/source&gt;
        &lt;translation&gt;Valid for another %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Checking…&lt;/source&gt;
        &lt;translation&gt;Checking…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;A new one-time password has been sent. Please enter the new code.&lt;/source&gt;
        &lt;translation&gt;A new one-time password has been sent. Please enter the new code.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This login can no longer be completed. Please log in again.&lt;/source&gt;
        &lt;translation&gt;This login can no longer be completed. Please log in again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The one-time password was entered wrongly too many times. Please log in again.&lt;/source&gt;
        &lt;translation&gt;The one-time password was entered wrongly too many times. Please log in again.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The one-time password is incorrect. You can try %n more time(s).&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;The one-time password is incorrect. You can try %n more time.&lt;/numerusform&gt;
            &lt;numerusform&gt;The one-time password is incorrect. You can try %n more times.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::OtpScreen&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;One-time password&lt;/source&gt;
        &lt;translation&gt;One-time password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Demo: the email with the code is shown in the “Demo mail” panel.&lt;/source&gt;
        &lt;translation&gt;Demo: the email with the code is shown in the “Demo mail” panel.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No email? Check your spam folder, then press Resend.&lt;/source&gt;
        &lt;translation&gt;No email? Check your spam folder, then press Resend.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Back to login&lt;/source&gt;
        &lt;translation&gt;Back to login&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;. Please enter it below.&lt;/source&gt;
        &lt;translation&gt;We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;. Please enter it below.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::PdfViewerWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Zoom out&lt;/source&gt;
        &lt;translation&gt;Zoom out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Zoom in&lt;/source&gt;
        &lt;translation&gt;Zoom in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Fit to width&lt;/source&gt;
        &lt;translation&gt;Fit to width&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Print…&lt;/source&gt;
        &lt;translation&gt;Print…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Document&lt;/source&gt;
        &lt;translation&gt;Document&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document could not be displayed.&lt;/source&gt;
        &lt;translation&gt;The document could not be displayed.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Page %1 of %2&lt;/source&gt;
        &lt;translation&gt;Page %1 of %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The document could not be printed.&lt;/source&gt;
        &lt;translation&gt;The document could not be printed.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::PlanComparison&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Deductible: %1&lt;/source&gt;
        &lt;translation&gt;Deductible: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;None&lt;/source&gt;
        &lt;translation&gt;None&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Bodily injury liability&lt;/source&gt;
        &lt;translation&gt;Bodily injury liability&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Property damage liability&lt;/source&gt;
        &lt;translation&gt;Property damage liability&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Personal injury&lt;/source&gt;
        &lt;translation&gt;Personal injury&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Passenger injury&lt;/source&gt;
        &lt;translation&gt;Passenger injury&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Vehicle&lt;/source&gt;
        &lt;translation&gt;Vehicle&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Riders&lt;/source&gt;
        &lt;translation&gt;Riders&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Annual premium&lt;/source&gt;
        &lt;translation&gt;Annual premium&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Per payment&lt;/source&gt;
        &lt;translation&gt;Per payment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Difference from last year&lt;/source&gt;
        &lt;translation&gt;Difference from last year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1: annual premium %2, %3 compared with last year&lt;/source&gt;
        &lt;translation&gt;%1: annual premium %2, %3 compared with last year&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::PreConfirmationPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Before you start&lt;/source&gt;
        &lt;translation&gt;Before you start&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Please read the following before renewing your policy.&lt;/source&gt;
        &lt;translation&gt;Please read the following before renewing your policy.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Next (① Basic information)&lt;/source&gt;
        &lt;translation&gt;Next (① Basic information)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Handling of personal information&lt;/source&gt;
        &lt;translation&gt;Handling of personal information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Solicitation policy&lt;/source&gt;
        &lt;translation&gt;Solicitation policy&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Notes on the renewal&lt;/source&gt;
        &lt;translation&gt;Notes on the renewal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;I have read and confirmed the above&lt;/source&gt;
        &lt;translation&gt;I have read and confirmed the above&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::PremiumBox&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Premium for the new term&lt;/source&gt;
        &lt;translation&gt;Premium for the new term&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Plan&lt;/source&gt;
        &lt;translation&gt;Plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Annual premium&lt;/source&gt;
        &lt;translation&gt;Annual premium&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Per payment&lt;/source&gt;
        &lt;translation&gt;Per payment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Difference from last year&lt;/source&gt;
        &lt;translation&gt;Difference from last year&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Annual premium: %1&lt;/source&gt;
        &lt;translation&gt;Annual premium: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Recalculating the premium…&lt;/source&gt;
        &lt;translation&gt;Recalculating the premium…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The premium could not be recalculated: %1&lt;/source&gt;
        &lt;translation&gt;The premium could not be recalculated: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Single payment of %1&lt;/source&gt;
        &lt;translation&gt;Single payment of %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 × %2 payments&lt;/source&gt;
        &lt;translation&gt;%1 × %2 payments&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 × %2 payments (first payment %3)&lt;/source&gt;
        &lt;translation&gt;%1 × %2 payments (first payment %3)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Difference from last year: %1 more&lt;/source&gt;
        &lt;translation&gt;Difference from last year: %1 more&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Difference from last year: %1 less&lt;/source&gt;
        &lt;translation&gt;Difference from last year: %1 less&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Difference from last year: none&lt;/source&gt;
        &lt;translation&gt;Difference from last year: none&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::ReloginDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Please log in again&lt;/source&gt;
        &lt;translation&gt;Please log in again&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;For your security your login has timed out. Enter your password to carry on where you left off — nothing you have entered is lost.&lt;/source&gt;
        &lt;translation&gt;For your security your login has timed out. Enter your password to carry on where you left off — nothing you have entered is lost.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Email address&lt;/source&gt;
        &lt;translation&gt;Email address&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Password&lt;/source&gt;
        &lt;translation&gt;Password&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Log out&lt;/source&gt;
        &lt;translation&gt;Log out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Cancel&lt;/source&gt;
        &lt;translation&gt;Cancel&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Log in&lt;/source&gt;
        &lt;translation&gt;Log in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Back&lt;/source&gt;
        &lt;translation&gt;Back&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Logging in…&lt;/source&gt;
        &lt;translation&gt;Logging in…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Enter your password.&lt;/source&gt;
        &lt;translation&gt;Enter your password.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;.&lt;/source&gt;
        &lt;translation&gt;We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::RenewalClient&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;The server address is not a valid URL.&lt;/source&gt;
        &lt;translation&gt;The server address is not a valid URL.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;The server address must start with https:// (plain http:// is allowed only for this computer).&lt;/source&gt;
        &lt;translation&gt;The server address must start with https:// (plain http:// is allowed only for this computer).&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::RenewalPage&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Saving…&lt;/source&gt;
        &lt;translation&gt;Saving…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;This renewal was changed elsewhere (in another window or on another device). The latest version has been loaded and what you entered here is kept: check it and press Next again.&lt;/source&gt;
        &lt;translation&gt;This renewal was changed elsewhere (in another window or on another device). The latest version has been loaded and what you entered here is kept: check it and press Next again.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::RenewalWizard&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Renewal of your auto insurance&lt;/source&gt;
        &lt;translation&gt;Renewal of your auto insurance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Close&lt;/source&gt;
        &lt;translation&gt;Close&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Back&lt;/source&gt;
        &lt;translation&gt;Back&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Interrupt&lt;/source&gt;
        &lt;translation&gt;Interrupt&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Help&lt;/source&gt;
        &lt;translation&gt;Help&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Help on this page (F1)&lt;/source&gt;
        &lt;translation&gt;Help on this page (F1)&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;clickar::StepsPanel&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Renewal steps&lt;/source&gt;
        &lt;translation&gt;Renewal steps&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Steps to renewal&lt;/source&gt;
        &lt;translation&gt;Steps to renewal&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Before you start&lt;/source&gt;
        &lt;translation&gt;Before you start&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;① Basic information&lt;/source&gt;
        &lt;translation&gt;① Basic information&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;② Coverage&lt;/source&gt;
        &lt;translation&gt;② Coverage&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;③ Contract details&lt;/source&gt;
        &lt;translation&gt;③ Contract details&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;④ Decided plan&lt;/source&gt;
        &lt;translation&gt;④ Decided plan&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Customer and payment&lt;/source&gt;
        &lt;translation&gt;Customer and payment&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Important matters&lt;/source&gt;
        &lt;translation&gt;Important matters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Application&lt;/source&gt;
        &lt;translation&gt;Application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Complete&lt;/source&gt;
        &lt;translation&gt;Complete&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;current step&lt;/source&gt;
        &lt;translation&gt;current step&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;done&lt;/source&gt;
        &lt;translation&gt;done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;not yet done&lt;/source&gt;
        &lt;translation&gt;not yet done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Step %1 of %2: %3, %4&lt;/source&gt;
        &lt;translation&gt;Step %1 of %2: %3, %4&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;main&lt;/name&gt;
    &lt;message&gt;
        &lt;source&gt;Clickar</translation>
    </message>
</context>
</TS>

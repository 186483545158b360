<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The service could not be reached. Check your network connection and try again.</source>
        <translation>サービスに接続できませんでした。ネットワークの接続状況をご確認のうえ、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Please try again.</source>
        <translation>サービスから時間内に応答がありませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The service sent an answer that could not be read. Please try again later.</source>
        <translation>サービスからの応答を読み取れませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service sent an unexpectedly large answer. Please try again later.</source>
        <translation>サービスから想定外に大きな応答がありました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This server address is not secure. Only https:// addresses can be used.</source>
        <translation>このサーバーアドレスは安全ではありません。https:// で始まるアドレスのみご利用いただけます。</translation>
    </message>
    <message>
        <source>The email address or password is incorrect.</source>
        <translation>メールアドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Your account is locked; please try again in %n minute(s).</source>
        <translation>
            <numerusform>ログインに続けて失敗したため、アカウントがロックされています。%n分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time password is incorrect.</source>
        <translation>ワンタイムパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The one-time password has expired. Please request a new one.</source>
        <translation>ワンタイムパスワードの有効期限が切れました。新しいワンタイムパスワードを再送信してください。</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>ログインの有効期限が切れました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>短時間にアクセスが集中しました。少し時間をおいてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Please try again shortly.</source>
        <translation>ただいまサービスを一時的にご利用いただけません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service had a problem (error %1). Please try again later.</source>
        <translation>サービスで問題が発生しました（エラー %1）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request could not be completed (error %1).</source>
        <translation>処理を完了できませんでした（エラー %1）。</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>自己署名の証明書です</translation>
    </message>
    <message>
        <source>the certificate belongs to another server</source>
        <translation>別のサーバーの証明書です</translation>
    </message>
    <message>
        <source>the certificate was issued by an authority this computer does not trust</source>
        <translation>このコンピューターが信頼していない発行元の証明書です</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>安全な接続を確立できませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Please ask your administrator whether the server address is correct.</source>
        <translation>サーバーの証明書を確認できませんでした（%1）。接続先が正しいか管理者にご確認ください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). Please check that this computer&apos;s date and time are correct; if they are, tell your administrator.</source>
        <translation>サーバーの証明書を確認できませんでした（%1）。このコンピューターの日付と時刻が正しいかご確認ください。正しい場合は管理者にお知らせください。</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>証明書の有効期間がまだ始まっていません</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be read: %2</source>
        <translation>設定ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER).</source>
        <translation>ファイル %1 に証明書（PEM または DER 形式）が含まれていません。</translation>
    </message>
    <message>
        <source>The command-line option %1</source>
        <translation>コマンドラインオプション %1</translation>
    </message>
    <message>
        <source>The settings file %1, key “%2”</source>
        <translation>設定ファイル %1 の「%2」</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” is not a language of Clickar; use ja (Japanese) or en (English).</source>
        <translation>「%1」は Clickar の表示言語ではありません。ja（日本語）または en（英語）を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>「%1」は true（はい）でも false（いいえ）でもありません。</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds from 1 to %2.</source>
        <translation>「%1」は 1～%2 の秒数ではありません。</translation>
    </message>
</context>
<context>
    <name>ApplicationSummary</name>
    <message>
        <source>Required</source>
        <translation>要</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Web and email</source>
        <translation>Web・メール</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <source>The insured</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>契約基本情報</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>証券番号</translation>
    </message>
    <message>
        <source>Insurance period</source>
        <translation>保険期間</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>契約者</translation>
    </message>
    <message>
        <source>Named insured</source>
        <translation>記名被保険者</translation>
    </message>
    <message>
        <source>Date of birth of the named insured</source>
        <translation>記名被保険者の生年月日</translation>
    </message>
    <message>
        <source>Licence colour</source>
        <translation>免許証の色</translation>
    </message>
    <message>
        <source>Next licence renewal</source>
        <translation>次回免許更新年月</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>初度登録年月</translation>
    </message>
    <message>
        <source>Use of the vehicle</source>
        <translation>使用目的</translation>
    </message>
    <message>
        <source>Driver limitation</source>
        <translation>運転者限定</translation>
    </message>
    <message>
        <source>Age condition</source>
        <translation>年齢条件</translation>
    </message>
    <message>
        <source>Youngest driver</source>
        <translation>最若年運転者</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1（%2生まれ）</translation>
    </message>
    <message numerus="yes">
        <source>accident coefficient for %n year(s)</source>
        <translation>
            <numerusform>事故有係数適用期間 %n年</numerusform>
        </translation>
    </message>
    <message>
        <source>no accident coefficient</source>
        <translation>事故有係数適用期間なし</translation>
    </message>
    <message>
        <source>Non-fleet grade</source>
        <translation>ノンフリート等級</translation>
    </message>
    <message>
        <source>Grade %1 (%2)</source>
        <translation>%1等級（%2）</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>補償内容</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Bodily injury liability</source>
        <translation>対人賠償</translation>
    </message>
    <message>
        <source>Property damage liability</source>
        <translation>対物賠償</translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation>人身傷害</translation>
    </message>
    <message>
        <source>Passenger injury</source>
        <translation>搭乗者傷害</translation>
    </message>
    <message>
        <source>%1, insured amount %2, deductible %3</source>
        <translation>%1、保険金額 %2、免責金額 %3</translation>
    </message>
    <message>
        <source>Riders</source>
        <translation>特約</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保険料</translation>
    </message>
    <message>
        <source>Annual premium (this year)</source>
        <translation>年間保険料（今回）</translation>
    </message>
    <message>
        <source>Annual premium (last year)</source>
        <translation>年間保険料（前年）</translation>
    </message>
    <message>
        <source>Difference from last year</source>
        <translation>前年との差額</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>Amount per payment</source>
        <translation>1回あたりの保険料</translation>
    </message>
    <message>
        <source>%1 × %2 (first payment %3)</source>
        <translation>%1 × %2回（初回 %3）</translation>
    </message>
    <message>
        <source>%1, paid once</source>
        <translation>%1（一時払）</translation>
    </message>
    <message>
        <source>Group discount</source>
        <translation>団体割引</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>お客さま情報</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Department / employee number</source>
        <translation>所属・社員番号</translation>
    </message>
    <message>
        <source>Important matters</source>
        <translation>重要事項等確認</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Electronic delivery</source>
        <translation>電磁的交付</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>同意済み</translation>
    </message>
    <message>
        <source>Matters to disclose and to notify</source>
        <translation>告知事項・通知事項</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>お申込み手続き</translation>
    </message>
    <message>
        <source>Driver card</source>
        <translation>ドライバーカード</translation>
    </message>
    <message>
        <source>How to notify you at the next maturity</source>
        <translation>次回満期時のご案内方法</translation>
    </message>
    <message>
        <source>Your application</source>
        <translation>お申込みの受付内容</translation>
    </message>
    <message>
        <source>New policy number</source>
        <translation>新しい証券番号</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>お申込み日時</translation>
    </message>
    <message>
        <source>Previous policy number</source>
        <translation>前契約の証券番号</translation>
    </message>
    <message>
        <source>Confirmation email</source>
        <translation>お手続き完了メール</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>「%1」（送信先：%2）</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>お問い合わせ先</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>引受保険会社</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>取扱代理店</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name (model)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Vehicle insurance</source>
        <translation>車両保険</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <comment>agency name (code) and phone</comment>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>document title (edition)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DocumentTools</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
</context>
<context>
    <name>KioskPinSetup</name>
    <message>
        <source>Administrator PIN for leaving kiosk mode (4 to 12 digits): </source>
        <translation>キオスクモードを終了するための管理者PIN（4〜12桁の数字）: </translation>
    </message>
    <message>
        <source>No PIN was entered; nothing was changed.
</source>
        <translation>PINが入力されなかったため、何も変更していません。
</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits (0-9); nothing was changed.
</source>
        <translation>PINは4〜12桁の数字（0-9）にしてください。何も変更していません。
</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>確認のため、同じPINをもう一度: </translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.
</source>
        <translation>2回のPINが一致しません。何も変更していません。
</translation>
    </message>
    <message>
        <source>The PIN could not be saved in %1.
</source>
        <translation>PINを %1 に保存できませんでした。
</translation>
    </message>
    <message>
        <source>The kiosk PIN was saved (only as a salted hash) in %1.
</source>
        <translation>キオスクのPINを %1 に保存しました（ソルト付きハッシュのみ）。
</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Renewal open</source>
        <translation>更新手続き可</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>手続き済</translation>
    </message>
    <message>
        <source>Renewal not yet open</source>
        <translation>更新期間前</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>満期経過</translation>
    </message>
    <message>
        <source>No limitation</source>
        <translation>限定なし</translation>
    </message>
    <message>
        <source>Family only</source>
        <translation>家族限定</translation>
    </message>
    <message>
        <source>Insured and spouse only</source>
        <translation>本人・配偶者限定</translation>
    </message>
    <message>
        <source>Insured only</source>
        <translation>本人限定</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>全年齢補償</translation>
    </message>
    <message>
        <source>Age 21 and over</source>
        <translation>21歳以上補償</translation>
    </message>
    <message>
        <source>Age 26 and over</source>
        <translation>26歳以上補償</translation>
    </message>
    <message>
        <source>Age 35 and over</source>
        <translation>35歳以上補償</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>ゴールド</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>ブルー</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>グリーン</translation>
    </message>
    <message>
        <source>Daily life and leisure</source>
        <translation>日常・レジャー</translation>
    </message>
    <message>
        <source>Commuting</source>
        <translation>通勤・通学</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Payroll deduction, 12 instalments</source>
        <translation>給与引去（12回）</translation>
    </message>
    <message>
        <source>Single payment</source>
        <translation>一時払</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>¥30 million</source>
        <translation>3,000万円</translation>
    </message>
    <message>
        <source>¥50 million</source>
        <translation>5,000万円</translation>
    </message>
    <message>
        <source>¥100 million</source>
        <translation>1億円</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>¥5 million</source>
        <translation>500万円</translation>
    </message>
    <message>
        <source>¥10 million</source>
        <translation>1,000万円</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Economy (vehicle-to-vehicle + A)</source>
        <translation>エコノミー（車対車＋A）</translation>
    </message>
    <message>
        <source>¥0 first claim / ¥100,000 later</source>
        <translation>1回目0円・2回目以降10万円</translation>
    </message>
    <message>
        <source>¥50,000 first claim / ¥100,000 later</source>
        <translation>1回目5万円・2回目以降10万円</translation>
    </message>
    <message>
        <source>¥100,000 each claim</source>
        <translation>1回目10万円・2回目以降10万円</translation>
    </message>
    <message>
        <source>Legal expenses (car accidents)</source>
        <translation>弁護士費用特約（自動車事故型）</translation>
    </message>
    <message>
        <source>Legal expenses (daily life and car accidents)</source>
        <translation>弁護士費用特約（日常生活・自動車事故型）</translation>
    </message>
    <message>
        <source>Personal liability</source>
        <translation>個人賠償責任特約</translation>
    </message>
    <message>
        <source>Family motorbike (own injury)</source>
        <translation>ファミリーバイク特約（自損型）</translation>
    </message>
    <message>
        <source>Family motorbike (personal injury)</source>
        <translation>ファミリーバイク特約（人身型）</translation>
    </message>
    <message>
        <source>Repair cost gap on total loss of property</source>
        <translation>対物全損時​修理差額費用特約</translation>
    </message>
    <message>
        <source>Road assistance</source>
        <translation>ロードアシスタンス特約</translation>
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
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Receipt of your application</source>
        <translation>申込内容の控え</translation>
    </message>
    <message>
        <source>Auto insurance renewal — please keep this receipt.</source>
        <translation>自動車保険 更新のお手続き — この控えは大切に保管してください。</translation>
    </message>
    <message>
        <source>Created on %1 by Clickar.</source>
        <translation>%1にClickarで作成しました。</translation>
    </message>
</context>
<context>
    <name>clickar::AgentDesk</name>
    <message>
        <source>%1 (%2) is renewing on behalf of %3</source>
        <translation>%1（%2）が %3 様 のお手続きを代行中</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>次のお客さま</translation>
    </message>
    <message>
        <source>Leave this customer&apos;s renewal? Everything entered so far, also on this page and not yet confirmed, is kept on the service, and the renewal can be resumed from the queue.</source>
        <translation>このお客さまのお手続きを中断しますか？この画面でまだ確認していない入力内容も含め、ここまでの内容はすべて保存され、一覧から再開できます。</translation>
    </message>
</context>
<context>
    <name>clickar::AgentHomeScreen</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>No renewal completed yet in this login.</source>
        <translation>このログインで完了したお手続きはまだありません。</translation>
    </message>
    <message>
        <source>Customers to renew</source>
        <translation>更新対象のお客さま</translation>
    </message>
    <message>
        <source>Search: policy number, name (kanji or kana) or group (Ctrl+F)</source>
        <translation>検索：証券番号・お名前（漢字・カナ）・団体名（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>お客さまを検索</translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation>本日の完了</translation>
    </message>
    <message>
        <source>%1  %2 → new policy number %3</source>
        <translation>%1  %2 → 新しい証券番号 %3</translation>
    </message>
    <message>
        <source>The agency has no customers to renew.</source>
        <translation>更新対象のお客さまはいません。</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>該当するお客さまはいません</translation>
    </message>
    <message>
        <source>The customers could not be loaded. %1</source>
        <translation>お客さまの一覧を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Due this month %1 · In progress %2 · Completed today %3</source>
        <translation>今月満期 %1件 · 手続き中 %2件 · 本日完了 %3件</translation>
    </message>
</context>
<context>
    <name>clickar::ApplicationPage</name>
    <message>
        <source>Application</source>
        <translation>お申込み手続き</translation>
    </message>
    <message>
        <source>Choose the remaining options, check the summary and apply. After applying you cannot go back.</source>
        <translation>残りの項目を選択し、お申込み内容をご確認のうえお申し込みください。お申し込み後は前の画面に戻れません。</translation>
    </message>
    <message>
        <source>Apply for the contract</source>
        <translation>契約を申し込む</translation>
    </message>
    <message>
        <source>Driver card</source>
        <translation>ドライバーカード</translation>
    </message>
    <message>
        <source>How to notify you at the next maturity</source>
        <translation>次回満期時のご案内方法</translation>
    </message>
    <message>
        <source>Summary of your application</source>
        <translation>お申込み内容の確認</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Sending your application… Please wait; do not close the window.</source>
        <translation>お申し込みを送信しています。画面を閉じずに、そのままお待ちください。</translation>
    </message>
    <message>
        <source>Your application may already have reached us. “Retry” sends exactly the same application again; it can never be applied twice.</source>
        <translation>お申し込みはすでに届いている可能性があります。「再試行」を押すと、まったく同じお申し込みをもう一度送信します。二重にお申し込みとなることはありません。</translation>
    </message>
    <message>
        <source>Nothing has been applied. Check the above and try again.</source>
        <translation>お申し込みはまだ完了していません。上記をご確認のうえ、もう一度お試しください。</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>要(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ot required</source>
        <translation>不要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Web and email</source>
        <translation>Web・メール(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>郵送(&amp;P)</translation>
    </message>
</context>
<context>
    <name>clickar::BasicInfoPage</name>
    <message>
        <source>Contract details ① Basic information</source>
        <translation>契約内容確認 ①契約基本情報の確認</translation>
    </message>
    <message>
        <source>Check the basic information of your renewed contract.</source>
        <translation>更新後のご契約の基本情報をご確認ください。</translation>
    </message>
    <message>
        <source>Next (② Coverage)</source>
        <translation>次へ（②補償内容の確認へ）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>ご契約内容</translation>
    </message>
    <message>
        <source>Driver range</source>
        <translation>運転者の範囲</translation>
    </message>
    <message>
        <source>Driver limitation</source>
        <translation>運転者限定</translation>
    </message>
    <message>
        <source>Age condition</source>
        <translation>年齢条件</translation>
    </message>
    <message>
        <source>Accidents caused by drivers outside this range are not covered.</source>
        <translation>運転者の範囲外の方が運転中に起こした事故は補償されません。</translation>
    </message>
    <message>
        <source>Principal insured driver</source>
        <translation>記名被保険者</translation>
    </message>
    <message>
        <source>Licence colour</source>
        <translation>免許証の色</translation>
    </message>
    <message>
        <source>Non-fleet grade (new term)</source>
        <translation>ノンフリート等級（更新後）</translation>
    </message>
    <message>
        <source>Accident coefficient period (new term)</source>
        <translation>事故有係数適用期間（更新後）</translation>
    </message>
    <message>
        <source>Accidents caused by drivers outside this driver range are not covered.

Driver limitation: %1
Age condition: %2

Is the driver range correct?</source>
        <translation>運転者の範囲外の方が運転中に起こした事故は補償されません。

運転者限定：%1
年齢条件：%2

運転者の範囲はこの内容でよろしいですか？</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>証券番号</translation>
    </message>
    <message>
        <source>New insurance period</source>
        <translation>保険期間（更新後）</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>契約者</translation>
    </message>
    <message>
        <source>Principal insured</source>
        <translation>記名被保険者</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1等級</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>I have confirmed the &amp;driver range</source>
        <translation>確認しました(&amp;D)</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>上記の内容で間違いありません(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clickar::ClickarApp</name>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>デモデータを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The demo service could not be started.</source>
        <translation>デモサービスを起動できませんでした。</translation>
    </message>
    <message>
        <source>The folder for the demo data could not be created: %1</source>
        <translation>デモデータのフォルダーを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read: a PEM or DER file with a certificate is expected.</source>
        <translation>証明書ファイル %1 を読み込めませんでした。証明書を含むPEM形式またはDER形式のファイルを指定してください。</translation>
    </message>
</context>
<context>
    <name>clickar::CompletionPage</name>
    <message>
        <source>Complete</source>
        <translation>手続き完了</translation>
    </message>
    <message>
        <source>Thank you. Your auto insurance has been renewed.</source>
        <translation>自動車保険の更新をお申し込みいただき、ありがとうございました。</translation>
    </message>
    <message>
        <source>Your application is complete</source>
        <translation>お手続きが完了しました</translation>
    </message>
    <message>
        <source>New policy number</source>
        <translation>新しい証券番号</translation>
    </message>
    <message>
        <source>Keep a receipt of your application: print it, or save it as a PDF file.</source>
        <translation>申込内容の控えを印刷するか、PDFファイルで保存して、大切に保管してください。</translation>
    </message>
    <message>
        <source>New policy number %1</source>
        <translation>新しい証券番号 %1</translation>
    </message>
    <message>
        <source>A confirmation email is being sent to your registered address.</source>
        <translation>ご登録のメールアドレスへ、お手続き完了のメールをお送りしています。</translation>
    </message>
    <message>
        <source>We have sent the email “%1” to your registered address (%2).</source>
        <translation>ご登録のメールアドレス（%2）へ、「%1」のメールをお送りしました。</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>控えをPDFで保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: %1</source>
        <translation>控えを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The receipt was saved as %1.</source>
        <translation>控えを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Printing is not available (%1).</source>
        <translation>印刷できません（%1）。</translation>
    </message>
    <message>
        <source>The email “%1” has been sent to the customer&apos;s registered address (%2), not to you. Please tell the customer to expect it.</source>
        <translation>お客さまのご登録メールアドレス（%2）宛てに「%1」を送信しました（代理店宛てではありません）。お客さまにメールが届くことをお伝えください。</translation>
    </message>
    <message>
        <source>Keep a receipt of your application: print it.</source>
        <translation>お申込み内容の控えは印刷してお持ちください。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
    <message>
        <source>Returning to the first screen in %1 seconds.</source>
        <translation>%1秒後に最初の画面に戻ります。</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>控えを印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>PDFで保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>clickar::ContractDetailsPage</name>
    <message>
        <source>Spouse</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姉妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Contract details ③ Details</source>
        <translation>契約内容確認 ③契約詳細の確認</translation>
    </message>
    <message>
        <source>Check the details of the insured person and the vehicle.</source>
        <translation>記名被保険者とお車の詳細をご確認ください。</translation>
    </message>
    <message>
        <source>Next (④ Decided plan)</source>
        <translation>次へ（④決定プランの確認へ）</translation>
    </message>
    <message>
        <source>Principal insured driver</source>
        <translation>記名被保険者</translation>
    </message>
    <message>
        <source>Next licence renewal (year/month, required)</source>
        <translation>次回免許更新年月（必須）</translation>
    </message>
    <message>
        <source>Next licence renewal: year</source>
        <translation>次回免許更新年月：年</translation>
    </message>
    <message>
        <source>Next licence renewal: month</source>
        <translation>次回免許更新年月：月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月を選択</translation>
    </message>
    <message>
        <source>The month your driving licence expires, as printed on it.</source>
        <translation>運転免許証に記載されている有効期限の年月をお選びください。</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>使用目的</translation>
    </message>
    <message>
        <source>Youngest driver</source>
        <translation>最若年運転者</translation>
    </message>
    <message>
        <source>Youngest driver: relationship</source>
        <translation>最若年運転者：続柄</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選択してください</translation>
    </message>
    <message>
        <source>Youngest driver: date of birth</source>
        <translation>最若年運転者：生年月日</translation>
    </message>
    <message>
        <source>e.g. 2006/03/15</source>
        <translation>例：2006/03/15</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Not needed: only the principal insured drives (insured only).</source>
        <translation>入力は不要です。記名被保険者ご本人のみが運転されます（本人限定）。</translation>
    </message>
    <message>
        <source>Required: enter the youngest of the people who will drive (%1, %2).</source>
        <translation>必須：運転される方のうち、最も年齢の若い方を入力してください（%1、%2）。</translation>
    </message>
    <message>
        <source>Optional for the age condition &quot;%1&quot;.</source>
        <translation>年齢条件が「%1」の場合、入力は任意です。</translation>
    </message>
    <message>
        <source>This driver will be %1 when the new term starts: the age condition &quot;%2&quot; does not cover them, and accidents they cause would not be paid. Go back to ① Basic information and change the age condition.</source>
        <translation>この方は新しい保険期間の開始日時点で%1歳のため、年齢条件「%2」の補償の対象外となり、この方が起こした事故は補償されません。「①契約基本情報の確認」に戻り、年齢条件を変更してください。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年を選択</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Licence colour</source>
        <translation>免許証の色</translation>
    </message>
    <message>
        <source>Car name</source>
        <translation>車名</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型式</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>初度登録年月</translation>
    </message>
    <message>
        <source>Choose a month after the start of the new term (%1).</source>
        <translation>次回免許更新年月は、保険始期（%1）より後の年月を選んでください。</translation>
    </message>
    <message>
        <source>Choose a month up to %1 (within %2 years of the start of the new term).</source>
        <translation>次回免許更新年月は、%1までの年月を選んでください（保険始期から%2年以内）。</translation>
    </message>
    <message>
        <source>Check the date of birth: enter a date from 1900 up to the start of the new term.</source>
        <translation>生年月日をご確認ください（1900年から新しい保険期間の始期までの日付を入力してください）。</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>上記の内容で間違いありません(&amp;C)</translation>
    </message>
    <message>
        <source>There is no such date: check the year, month and day.</source>
        <translation>存在しない日付です。年・月・日をご確認ください。</translation>
    </message>
    <message>
        <source>A driver must be %1 or older when the new term starts: check the date of birth.</source>
        <translation>運転される方は保険始期に%1歳以上の方に限ります。生年月日をご確認ください。</translation>
    </message>
</context>
<context>
    <name>clickar::CoveragePage</name>
    <message>
        <source>Contract details ② Coverage</source>
        <translation>契約内容確認 ②補償内容の確認</translation>
    </message>
    <message>
        <source>Compare the plans and choose one.</source>
        <translation>プランを比較して、1つお選びください。</translation>
    </message>
    <message>
        <source>Next (③ Contract details)</source>
        <translation>次へ（③契約詳細の確認へ）</translation>
    </message>
    <message>
        <source>Last year&apos;s annual premium: %1</source>
        <translation>前年の年間保険料：%1</translation>
    </message>
    <message>
        <source>Recalculating the premiums…</source>
        <translation>保険料を再計算しています…</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>上記の内容で間違いありません(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clickar::CustomerPaymentPage</name>
    <message>
        <source>The amount could not be recalculated: %1</source>
        <translation>金額を再計算できませんでした：%1</translation>
    </message>
    <message>
        <source>Customer and payment information</source>
        <translation>お客さま情報・支払情報</translation>
    </message>
    <message>
        <source>Check your address, phone number and how you pay. Correct anything that has changed.</source>
        <translation>ご住所、電話番号、お支払方法をご確認ください。変更がある場合は修正してください。</translation>
    </message>
    <message>
        <source>Next (Important matters)</source>
        <translation>次へ（重要事項等確認へ）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact and workplace</source>
        <translation>連絡先・勤務先</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>お支払い</translation>
    </message>
    <message>
        <source>Postal code (〒)</source>
        <translation>郵便番号（〒）</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>City, street and number</source>
        <translation>市区町村・番地</translation>
    </message>
    <message>
        <source>Building (optional)</source>
        <translation>建物名（任意）</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Department / employee number</source>
        <translation>所属・社員番号</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>Amount per payment</source>
        <translation>1回あたりの保険料</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択してください</translation>
    </message>
    <message>
        <source>Recalculating…</source>
        <translation>再計算しています…</translation>
    </message>
    <message>
        <source>%1 per month, %2 payments (first payment %3); %4 a year</source>
        <translation>月々 %1 × %2回（初回 %3）、年間 %4</translation>
    </message>
    <message>
        <source>%1, paid once</source>
        <translation>%1（一時払）</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>郵便番号を入力してください。</translation>
    </message>
    <message>
        <source>Enter the postal code in the form 123-4567.</source>
        <translation>郵便番号は「123-4567」の形式で入力してください。</translation>
    </message>
    <message>
        <source>Choose a prefecture.</source>
        <translation>都道府県を選択してください。</translation>
    </message>
    <message>
        <source>Enter the city, street and number.</source>
        <translation>市区町村・番地を入力してください。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.</source>
        <translation>電話番号は「03-1234-5678」「090-1234-5678」のような国内の番号を入力してください。</translation>
    </message>
    <message>
        <source>The first character cannot be used here (a control or invisible character). Please remove it.</source>
        <translation>先頭の文字は使用できません（制御文字や見えない文字です）。削除してください。</translation>
    </message>
    <message>
        <source>The character after “%1” cannot be used here (a control or invisible character). Please remove it.</source>
        <translation>「%1」の後の文字は使用できません（制御文字や見えない文字です）。削除してください。</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>上記の内容で間違いありません(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clickar::CustomerQueueModel</name>
    <message>
        <source>Ready to renew</source>
        <translation>更新手続き可</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>手続き済</translation>
    </message>
    <message>
        <source>Before the renewal period</source>
        <translation>更新期間前</translation>
    </message>
    <message>
        <source>Past maturity</source>
        <translation>満期経過</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>証券番号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>お客さま名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Vehicle / registration</source>
        <translation>車名・登録番号</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>満期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>In progress %1/%2</source>
        <translation>手続き中 %1/%2</translation>
    </message>
</context>
<context>
    <name>clickar::DecisionPage</name>
    <message>
        <source>Contract details ④ Decided plan</source>
        <translation>契約内容確認 ④決定プランの確認</translation>
    </message>
    <message>
        <source>Check the plan you have chosen, its coverage and its premium.</source>
        <translation>お選びいただいたプランの補償内容と保険料をご確認ください。</translation>
    </message>
    <message>
        <source>Next (⑤ Customer and payment)</source>
        <translation>次へ（⑤お客さま情報・支払情報へ）</translation>
    </message>
    <message>
        <source>The above is &amp;correct</source>
        <translation>上記の内容で間違いありません(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clickar::DemoReset</name>
    <message>
        <source>Reset demo data</source>
        <translation>デモデータを初期化</translation>
    </message>
    <message>
        <source>Reset the demo service to its demo data? Every renewal in progress, every application and every email of the demo is discarded, and you are logged out.</source>
        <translation>デモサービスを初期のデモデータに戻しますか？ デモの手続き中の更新、お申込み、メールはすべて消去され、ログアウトします。</translation>
    </message>
    <message>
        <source>The demo data could not be reset. %1</source>
        <translation>デモデータを初期化できませんでした。%1</translation>
    </message>
</context>
<context>
    <name>clickar::DisclosurePage</name>
    <message>
        <source>Important matters</source>
        <translation>重要事項等確認</translation>
    </message>
    <message>
        <source>Read the explanation of important matters to its end and confirm the matters to disclose and to notify.</source>
        <translation>重要事項等説明書を最後までお読みいただき、告知事項・通知事項をご確認ください。</translation>
    </message>
    <message>
        <source>Next (Application)</source>
        <translation>次へ（お申し込み手続きへ）</translation>
    </message>
    <message>
        <source>Matters to disclose (duty of disclosure)</source>
        <translation>告知事項（告知義務）</translation>
    </message>
    <message>
        <source>Matters to notify (duty of notification)</source>
        <translation>通知事項（通知義務）</translation>
    </message>
    <message>
        <source>The explanation of important matters is not available at the moment. Please try again later or contact us.</source>
        <translation>現在、重要事項等説明書をご用意できません。しばらくしてからもう一度お試しいただくか、お問い合わせ先へご連絡ください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <translation>
            <numerusform>%1（%2、全%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>書面を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 Press the button to try again.</source>
        <translation>%1もう一度ボタンを押してください。</translation>
    </message>
    <message>
        <source>The document received does not match the insurer&apos;s version (its SHA-256 check failed), so it cannot be used for your consent. Please try again later or contact us.</source>
        <translation>受信した書面が保険会社の正本と一致しない（SHA-256 の照合に失敗した）ため、同意のお手続きに使用できません。しばらくしてからもう一度お試しいただくか、お問い合わせ先へご連絡ください。</translation>
    </message>
    <message>
        <source>You have read the document to its end. You can now give your consent.</source>
        <translation>書面を最後までお読みいただきました。同意のお手続きができます。</translation>
    </message>
    <message numerus="yes">
        <source>Document checked (%n page(s)). Scroll to the end of the document in its window to give your consent.</source>
        <translation>
            <numerusform>書面の照合が完了しました（全%nページ）。書面のウィンドウで最後までスクロールすると、同意できるようになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the document again and scroll to its end to give your consent.</source>
        <translation>同意するには、書面をもう一度開いて最後までスクロールしてください。</translation>
    </message>
    <message>
        <source>Open the document and read it to its end; then you can give your consent.</source>
        <translation>書面を開いて最後までお読みいただくと、同意できるようになります。</translation>
    </message>
    <message>
        <source>The document viewer could not be started (%1). Please contact us.</source>
        <translation>書面を表示できませんでした（%1）。お問い合わせください。</translation>
    </message>
    <message>
        <source>&amp;Open the explanation of important matters</source>
        <translation>重要事項等説明書を開く(&amp;O)</translation>
    </message>
    <message>
        <source>I consent to &amp;electronic delivery of the explanation of important matters</source>
        <translation>重要事項等説明書の電磁的交付に同意する(&amp;E)</translation>
    </message>
    <message>
        <source>I have &amp;confirmed</source>
        <translation>確認しました(&amp;C)</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a notice of the service, as a list item</comment>
        <translation>・%1</translation>
    </message>
</context>
<context>
    <name>clickar::FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
</context>
<context>
    <name>clickar::GuideScreen</name>
    <message>
        <source>Renewal of your auto insurance</source>
        <translation>自動車保険更新のご案内</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Time needed</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>満期日</translation>
    </message>
    <message>
        <source>Renewal deadline</source>
        <translation>お手続き期限</translation>
    </message>
    <message>
        <source>Steps to renewal</source>
        <translation>更新までの流れ</translation>
    </message>
    <message>
        <source>Please have at hand</source>
        <translation>お手元にご用意ください</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>ご留意事項</translation>
    </message>
    <message>
        <source>Preparing your renewal…</source>
        <translation>更新のお手続きを準備しています…</translation>
    </message>
    <message>
        <source>Policy number %1 · %2 (%3) · %4</source>
        <translation>証券番号 %1 ／ %2（%3）／ 保険期間 %4</translation>
    </message>
    <message>
        <source>Loading the renewal guide…</source>
        <translation>更新のご案内を読み込んでいます…</translation>
    </message>
    <message>
        <source>The renewal guide could not be loaded. %1</source>
        <translation>更新のご案内を読み込めませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>約%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to MyPage</source>
        <translation>マイページへ戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Proceed to the renewal procedure</source>
        <translation>更新のお手続きへすすむ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>お客さま一覧へ戻る(&amp;B)</translation>
    </message>
</context>
<context>
    <name>clickar::HelpDialog</name>
    <message>
        <source>Phone: %1</source>
        <translation>電話番号：%1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>受付時間：%1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>What this page is for</source>
        <translation>この画面について</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>お問い合わせ先</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Loading the contacts…</source>
        <translation>お問い合わせ先を読み込んでいます…</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>ヘルプ：%1</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>取扱代理店</translation>
    </message>
    <message>
        <source>No agency handles this contract: please contact the insurer.</source>
        <translation>このご契約には取扱代理店がありません。引受保険会社へお問い合わせください。</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>引受保険会社</translation>
    </message>
    <message>
        <source>The contacts could not be loaded. %1</source>
        <translation>お問い合わせ先を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Before the renewal, read how your personal information is handled, the solicitation policy and the notes on this renewal. When you have read them, tick the box to confirm and go on.</source>
        <translation>更新のお手続きの前に、個人情報の取扱い、勧誘方針、今回の更新に関するご注意をお読みください。お読みいただいたら、確認のチェックボックスにチェックを入れて次へお進みください。</translation>
    </message>
    <message>
        <source>Check the basic information of the renewed contract: the policy number, the new insurance period, the policyholder and the principal insured. You can change who may drive (driver limitation and age condition) and the licence colour; the premium is then recalculated. Accidents caused by drivers outside the driver range are not covered.</source>
        <translation>更新後のご契約の基本情報（証券番号、新しい保険期間、契約者、記名被保険者）をご確認ください。運転される方の範囲（運転者限定・年齢条件）と免許証の色は変更でき、変更すると保険料が再計算されます。運転者の範囲外の方が運転中に起こした事故は補償されません。</translation>
    </message>
    <message>
        <source>Compare the plans offered for the new term side by side: each coverage, the annual premium, the amount per payment and the difference from last year&apos;s premium. Choose one plan.</source>
        <translation>更新後のご契約にご用意したプランを並べて比較できます。各補償の内容、年間保険料、1回あたりの保険料、前年の保険料との差額をご確認のうえ、プランを1つお選びください。</translation>
    </message>
    <message>
        <source>Check the details of the principal insured and the vehicle. Enter the year and month of your next licence renewal (printed on your driving licence) and the purpose of use. When drivers are not limited to the insured and the age condition is 26 or 35 and over, enter the youngest driver. The premium is recalculated after each change.</source>
        <translation>記名被保険者とお車の詳細をご確認ください。次回免許更新年月（運転免許証に記載されています）と使用目的を入力してください。運転者を本人に限定せず、年齢条件が26歳以上補償または35歳以上補償の場合は、最若年運転者を入力してください。変更のたびに保険料が再計算されます。</translation>
    </message>
    <message>
        <source>Check the plan you chose: its basic information, every coverage, and the premium for this year and last year.</source>
        <translation>お選びいただいたプランの基本情報、すべての補償内容、今回と前年の保険料をご確認ください。</translation>
    </message>
    <message>
        <source>Check your address, phone number and group, and the way you pay the premium.</source>
        <translation>ご住所、電話番号、団体名と、保険料のお支払方法をご確認ください。</translation>
    </message>
    <message>
        <source>Open the important matters document (contract overview and warnings), read it to the end and agree to its electronic delivery. Then confirm the notices listed on the page.</source>
        <translation>重要事項等説明書（契約概要・注意喚起情報）を開いて最後までお読みいただき、電磁的交付に同意してください。そのうえで、画面に表示された告知事項・通知事項をご確認ください。</translation>
    </message>
    <message>
        <source>Choose whether you need a driver card and how you want to hear about the next renewal, check the summary and apply. Once you have applied you cannot go back.</source>
        <translation>ドライバーカードの要否と次回満期時のご案内方法を選択し、お申込み内容をご確認のうえお申し込みください。お申し込み後は前の画面に戻れません。</translation>
    </message>
    <message>
        <source>Your renewal is complete. Keep the new policy number; you can print the receipt or save it as PDF.</source>
        <translation>更新のお手続きが完了しました。新しい証券番号をお控えください。申込内容の控えは印刷、またはPDFで保存できます。</translation>
    </message>
    <message>
        <source>Website of %1</source>
        <translation>%1のウェブサイト</translation>
    </message>
</context>
<context>
    <name>clickar::IdleCountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>操作を続けますか？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>As there has been no activity, Clickar returns to the first screen in %1 seconds.</source>
        <translation>操作がないため、%1秒後に最初の画面に戻ります</translation>
    </message>
</context>
<context>
    <name>clickar::KioskPinDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <source>For the administrator: enter the PIN to leave kiosk mode.</source>
        <translation>管理者用：キオスクモードを終了するにはPINを入力してください。</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>管理者PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The PIN is not correct. Attempts left: %1.</source>
        <translation>PINが正しくありません。残り%1回入力できます。</translation>
    </message>
    <message>
        <source>The PIN was wrong five times. The pad is locked until %1.</source>
        <translation>PINを5回間違えたため、%1までロックされています。</translation>
    </message>
</context>
<context>
    <name>clickar::LoginScreen</name>
    <message>
        <source>MyPage login</source>
        <translation>マイページログイン</translation>
    </message>
    <message>
        <source>Log in with the email address and password registered for MyPage.</source>
        <translation>マイページにご登録のメールアドレスとパスワードでログインしてください。</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Save my login information</source>
        <translation>ログイン情報を保存する</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>&lt;b&gt;No MyPage account yet?&lt;/b&gt; MyPage registration (会員登録) is done on the insurer&apos;s website. Please register there first, then log in here with the email address and password you registered.</source>
        <translation>&lt;b&gt;マイページのアカウントをお持ちでない方へ&lt;/b&gt;&lt;br&gt;マイページの会員登録は、保険会社のWebサイトで承っています。先に会員登録をお済ませのうえ、ご登録のメールアドレスとパスワードでこちらからログインしてください。</translation>
    </message>
    <message>
        <source>Logging in with your saved login…</source>
        <translation>保存されたログイン情報でログインしています…</translation>
    </message>
    <message>
        <source>Your saved login could not be checked: %1</source>
        <translation>保存されたログイン情報を確認できませんでした：%1</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>保存されたログイン情報の有効期限が切れました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>You stay logged in on this computer. The login is kept only in this computer&apos;s secure keychain. Do not use this on a shared computer.</source>
        <translation>このパソコンではログインしたままになります。ログイン情報は、このパソコンの安全な保管領域（キーチェーン）にのみ保存されます。共用のパソコンではご利用にならないでください。</translation>
    </message>
    <message>
        <source>Saving the login is not available: this computer has no secure keychain (Secret Service) running. You can still log in as usual.</source>
        <translation>このパソコンでは安全な保管領域（Secret Service）が動作していないため、ログイン情報を保存できません。ログインは通常どおりご利用いただけます。</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the email address in the form name@example.jp.</source>
        <translation>メールアドレスは「name@example.jp」の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
    <message>
        <source>MyPage registration (会員登録)</source>
        <translation>マイページ会員登録</translation>
    </message>
</context>
<context>
    <name>clickar::MailDock</name>
    <message>
        <source>Demo mail</source>
        <translation>デモ用メール</translation>
    </message>
    <message>
        <source>Fold ▶</source>
        <translation>たたむ ▶</translation>
    </message>
    <message>
        <source>Fold the demo mail to a strip at the edge</source>
        <translation>デモ用メールを画面の端にたたむ</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Show the demo mail</source>
        <translation>デモ用メールを表示</translation>
    </message>
</context>
<context>
    <name>clickar::MailPanel</name>
    <message>
        <source>Emails the demo service has sent, newest first.</source>
        <translation>デモサービスが送信したメールです（新しい順）。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>No emails yet. Log in with a demo account to receive a one-time password.</source>
        <translation>まだメールはありません。デモ用アカウントでログインすると、ワンタイムパスワードのメールが届きます。</translation>
    </message>
    <message>
        <source>Sent emails</source>
        <translation>送信済みメール</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the one-time password</source>
        <translation>ワンタイムパスワードをコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>宛先：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>送信日時：%1</translation>
    </message>
    <message>
        <source>The demo mails could not be loaded. %1</source>
        <translation>デモ用メールを読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>clickar::MainWindow</name>
    <message>
        <source>Clickar — auto insurance renewal</source>
        <translation>Clickar — 自動車保険 WEB更新</translation>
    </message>
    <message>
        <source>DEMO — connected to the built-in demo service. No real contract is changed.</source>
        <translation>デモ — 内蔵のデモサービスに接続しています。実際のご契約は変更されません。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>End this login</source>
        <translation>ログアウトします</translation>
    </message>
    <message>
        <source>Your login information could not be saved in the keychain. You are logged in, but will need to log in again next time.</source>
        <translation>ログイン情報をキーチェーンに保存できませんでした。ログインは完了していますが、次回は改めてログインが必要です。</translation>
    </message>
    <message>
        <source>%1 (logged in)</source>
        <translation>%1 様（ログイン中）</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>ログアウトしました。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>デモデータを初期化</translation>
    </message>
    <message>
        <source>Start the demo service again from its demo data</source>
        <translation>デモサービスを初期のデモデータからやり直します</translation>
    </message>
    <message>
        <source>Do you want to log out? What you have confirmed and entered is saved, and the renewal continues from this page next time.</source>
        <translation>ログアウトしますか？確認・入力した内容は保存され、次回はこのページからお手続きを再開できます。</translation>
    </message>
    <message>
        <source>Saving what you entered…</source>
        <translation>入力内容を保存しています…</translation>
    </message>
    <message>
        <source>End this customer and go back to the queue (Alt+N)</source>
        <translation>このお客さまのお手続きを終えて一覧に戻ります（Alt+N）</translation>
    </message>
    <message>
        <source>%1 (agency code %2)</source>
        <translation>%1（代理店コード %2）</translation>
    </message>
    <message>
        <source>Next customer (Alt+N)</source>
        <translation>次のお客さま（Alt+N）</translation>
    </message>
    <message>
        <source>Your application is being sent. The window closes as soon as the answer has come.</source>
        <translation>お申込みを送信中です。結果を受け取り次第、ウィンドウを閉じます。</translation>
    </message>
    <message>
        <source>DEMO — connected to the demo service at %1. No real contract is changed.</source>
        <translation>デモ — デモサービス（%1）に接続しています。実際のご契約は変更されません。</translation>
    </message>
    <message>
        <source>Ending the login…</source>
        <translation>ログインを終了しています…</translation>
    </message>
</context>
<context>
    <name>clickar::MyPageScreen</name>
    <message>
        <source>The renewal of this contract is complete.</source>
        <translation>このご契約の更新手続きは完了しています。</translation>
    </message>
    <message>
        <source>The renewal period has not started yet.</source>
        <translation>更新手続きの受付期間前です。</translation>
    </message>
    <message>
        <source>This contract has matured. Please contact your agent.</source>
        <translation>このご契約は満期を過ぎています。取扱代理店へお問い合わせください。</translation>
    </message>
    <message>
        <source>Your contracts — choose the contract to renew</source>
        <translation>ご契約の選択 — 更新するご契約をお選びください</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Your contracts</source>
        <translation>ご契約一覧</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>証券番号</translation>
    </message>
    <message>
        <source>Insurance type</source>
        <translation>保険種類</translation>
    </message>
    <message>
        <source>Insurance period</source>
        <translation>保険期間</translation>
    </message>
    <message>
        <source>Car name / registration</source>
        <translation>車名・登録番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>ようこそ、%1 様</translation>
    </message>
    <message>
        <source>Loading your contracts…</source>
        <translation>ご契約を読み込んでいます…</translation>
    </message>
    <message>
        <source>Your contracts could not be loaded. %1</source>
        <translation>ご契約を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Start renewal</source>
        <translation>更新のお手続き</translation>
    </message>
    <message>
        <source>Start renewal of policy %1</source>
        <translation>証券番号 %1 の更新のお手続き</translation>
    </message>
    <message>
        <source>Renewal deadline: %1</source>
        <translation>お手続き期限：%1</translation>
    </message>
    <message>
        <source>There are no contracts on this MyPage account. If you expected one here, please contact your agent.</source>
        <translation>このマイページアカウントにはご契約が登録されていません。お心当たりのご契約がある場合は、取扱代理店へお問い合わせください。</translation>
    </message>
    <message>
        <source>In progress (%1/%2)</source>
        <translation>手続き中（%1/%2）</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続きから</translation>
    </message>
    <message>
        <source>Continue the renewal of policy %1</source>
        <translation>証券番号 %1 の更新手続きを続きから再開</translation>
    </message>
    <message>
        <source>Renewal guide</source>
        <translation>更新のご案内</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>お手続き</translation>
    </message>
    <message>
        <source>Contracts that can be renewed now have the button “Start renewal”. Press it to see what the renewal involves before you begin. A renewal you have already started goes on from where you left it with “Continue”.</source>
        <translation>現在更新できるご契約には「更新のお手続き」ボタンが表示されます。ボタンを押すと、お手続きを始める前に更新のご案内をご覧いただけます。お手続きの途中のご契約は「続きから」で中断したところから再開できます。</translation>
    </message>
</context>
<context>
    <name>clickar::NumberPad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>最後の1桁を消す</translation>
    </message>
</context>
<context>
    <name>clickar::OtpForm</name>
    <message>
        <source>One-time password (6 digits)</source>
        <translation>ワンタイムパスワード（6桁）</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>Send a new one-time password to the same address</source>
        <translation>同じメールアドレスに新しいワンタイムパスワードを送信します</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>認証する</translation>
    </message>
    <message>
        <source>The one-time password has expired. Press Resend to receive a new one.</source>
        <translation>ワンタイムパスワードの有効期限が切れました。「再送信」を押して、新しいワンタイムパスワードを受け取ってください。</translation>
    </message>
    <message>
        <source>This one-time password has expired.</source>
        <translation>このワンタイムパスワードは有効期限が切れています。</translation>
    </message>
    <message>
        <source>Valid for another %1</source>
        <translation>有効期限まで残り %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>A new one-time password has been sent. Please enter the new code.</source>
        <translation>新しいワンタイムパスワードを送信しました。新しいコードを入力してください。</translation>
    </message>
    <message>
        <source>This login can no longer be completed. Please log in again.</source>
        <translation>このログイン手続きは無効になりました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The one-time password was entered wrongly too many times. Please log in again.</source>
        <translation>ワンタイムパスワードの入力誤りが上限に達しました。もう一度ログインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The one-time password is incorrect. You can try %n more time(s).</source>
        <translation>
            <numerusform>ワンタイムパスワードが正しくありません。あと%n回入力できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>The one-time password was accepted.</source>
        <translation>ワンタイムパスワードは確認できました。</translation>
    </message>
    <message>
        <source>%1 Press Retry to continue; the one-time password need not be entered again.</source>
        <translation>%1 「再試行」を押して続けてください（ワンタイムパスワードをもう一度入力する必要はありません）。</translation>
    </message>
</context>
<context>
    <name>clickar::OtpScreen</name>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>Demo: the email with the code is shown in the “Demo mail” panel.</source>
        <translation>デモ：コードが記載されたメールは「デモ用メール」パネルに表示されます。</translation>
    </message>
    <message>
        <source>No email? Check your spam folder, then press Resend.</source>
        <translation>メールが届かない場合は、迷惑メールフォルダをご確認のうえ「再送信」を押してください。</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>ログイン画面へ戻る</translation>
    </message>
    <message>
        <source>We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;. Please enter it below.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 宛てに6桁のワンタイムパスワードを送信しました。下の欄に入力してください。</translation>
    </message>
</context>
<context>
    <name>clickar::PdfViewerWindow</name>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>The document could not be displayed.</source>
        <translation>書面を表示できませんでした。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>書面を印刷できませんでした。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the document (Esc)</source>
        <translation>書面を閉じる（Esc）</translation>
    </message>
</context>
<context>
    <name>clickar::PlanComparison</name>
    <message>
        <source>Deductible: %1</source>
        <translation>免責金額：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Bodily injury liability</source>
        <translation>対人賠償</translation>
    </message>
    <message>
        <source>Property damage liability</source>
        <translation>対物賠償</translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation>人身傷害</translation>
    </message>
    <message>
        <source>Passenger injury</source>
        <translation>搭乗者傷害</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車両保険</translation>
    </message>
    <message>
        <source>Riders</source>
        <translation>特約</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>年間保険料</translation>
    </message>
    <message>
        <source>Per payment</source>
        <translation>1回あたりの​保険料</translation>
    </message>
    <message>
        <source>Difference from last year</source>
        <translation>前年との差額</translation>
    </message>
    <message>
        <source>%1: annual premium %2, %3 compared with last year</source>
        <translation>%1：年間保険料 %2、前年との差額 %3</translation>
    </message>
</context>
<context>
    <name>clickar::PreConfirmationPage</name>
    <message>
        <source>Before you start</source>
        <translation>事前確認</translation>
    </message>
    <message>
        <source>Please read the following before renewing your policy.</source>
        <translation>更新のお手続きの前に、以下の内容を必ずお読みください。</translation>
    </message>
    <message>
        <source>Next (① Basic information)</source>
        <translation>次へ（①契約基本情報の確認へ）</translation>
    </message>
    <message>
        <source>Handling of personal information</source>
        <translation>個人情報の取扱いについて</translation>
    </message>
    <message>
        <source>Solicitation policy</source>
        <translation>勧誘方針</translation>
    </message>
    <message>
        <source>Notes on the renewal</source>
        <translation>更新に関するご注意</translation>
    </message>
    <message>
        <source>I have read and &amp;confirmed the above</source>
        <translation>確認しました(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clickar::PremiumBox</name>
    <message>
        <source>Premium for the new term</source>
        <translation>更新後の保険料</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Annual premium</source>
        <translation>年間保険料</translation>
    </message>
    <message>
        <source>Per payment</source>
        <translation>1回あたりの保険料</translation>
    </message>
    <message>
        <source>Difference from last year</source>
        <translation>前年との差額</translation>
    </message>
    <message>
        <source>Annual premium: %1</source>
        <translation>年間保険料：%1</translation>
    </message>
    <message>
        <source>Recalculating the premium…</source>
        <translation>保険料を再計算しています…</translation>
    </message>
    <message>
        <source>The premium could not be recalculated: %1</source>
        <translation>保険料を再計算できませんでした：%1</translation>
    </message>
    <message>
        <source>Single payment of %1</source>
        <translation>一時払 %1</translation>
    </message>
    <message>
        <source>%1 × %2 payments</source>
        <translation>%1 × %2回</translation>
    </message>
    <message>
        <source>%1 × %2 payments (first payment %3)</source>
        <translation>%1 × %2回（初回 %3）</translation>
    </message>
    <message>
        <source>Difference from last year: %1 more</source>
        <translation>前年との差額：%1 の増額</translation>
    </message>
    <message>
        <source>Difference from last year: %1 less</source>
        <translation>前年との差額：%1 の減額</translation>
    </message>
    <message>
        <source>Difference from last year: none</source>
        <translation>前年との差額：なし</translation>
    </message>
</context>
<context>
    <name>clickar::ReloginDialog</name>
    <message>
        <source>Please log in again</source>
        <translation>再度ログインしてください</translation>
    </message>
    <message>
        <source>For your security your login has timed out. Enter your password to carry on where you left off — nothing you have entered is lost.</source>
        <translation>セキュリティ保護のため、一定時間が経過してログインの有効期限が切れました。パスワードを入力すると、中断したところから続けられます。入力済みの内容は失われません。</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>We have sent a six-digit one-time password to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 宛てに6桁のワンタイムパスワードを送信しました。</translation>
    </message>
</context>
<context>
    <name>clickar::RenewalClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>サーバーアドレスが正しいURLではありません。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is allowed only for this computer).</source>
        <translation>サーバーアドレスは https:// で始まる必要があります（http:// はこのパソコン内のサーバーに限りご利用いただけます）。</translation>
    </message>
</context>
<context>
    <name>clickar::RenewalPage</name>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>This renewal was changed elsewhere (in another window or on another device). The latest version has been loaded and what you entered here is kept: check it and press Next again.</source>
        <translation>このお手続きの内容が別の場所（別のウィンドウや別の端末）で変更されました。最新の内容を読み込み、この画面で入力した内容はそのまま残しています。内容をご確認のうえ、もう一度「次へ」を押してください。</translation>
    </message>
    <message>
        <source>I explained this to the customer &amp;and confirmed their wishes</source>
        <translation>お客さまに説明し、ご意向を確認しました(&amp;A)</translation>
    </message>
</context>
<context>
    <name>clickar::RenewalWizard</name>
    <message>
        <source>Renewal of your auto insurance</source>
        <translation>自動車保険 更新のお手続き</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Interrupt</source>
        <translation>中断する</translation>
    </message>
    <message>
        <source>Help on this page (F1)</source>
        <translation>この画面のヘルプ（F1）</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>次のお客さま</translation>
    </message>
    <message>
        <source>Stop here: what you have confirmed and entered is saved, and “Continue” on MyPage brings you back to this page.</source>
        <translation>ここで中断します。確認・入力した内容は保存され、マイページの「続きから」でこのページに戻れます。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>clickar::ServedPerson</name>
    <message>
        <source>The renewal could not be started. %1</source>
        <translation>更新のお手続きを開始できませんでした。%1</translation>
    </message>
    <message>
        <source>The renewal could not be continued. %1</source>
        <translation>更新手続きを再開できませんでした。%1</translation>
    </message>
    <message>
        <source>Your renewal is saved as far as you got. Press “Continue” to carry on from the page you left.</source>
        <translation>ここまでのお手続き内容は保存されています。「続きから」で中断したページから再開できます。</translation>
    </message>
</context>
<context>
    <name>clickar::StepsPanel</name>
    <message>
        <source>Renewal steps</source>
        <translation>更新手続きのステップ</translation>
    </message>
    <message>
        <source>Steps to renewal</source>
        <translation>更新までの流れ</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>事前確認</translation>
    </message>
    <message>
        <source>① Basic information</source>
        <translation>①契約基本情報の確認</translation>
    </message>
    <message>
        <source>② Coverage</source>
        <translation>②補償内容の確認</translation>
    </message>
    <message>
        <source>③ Contract details</source>
        <translation>③契約詳細の確認</translation>
    </message>
    <message>
        <source>④ Decided plan</source>
        <translation>④決定プランの確認</translation>
    </message>
    <message>
        <source>Customer and payment</source>
        <translation>お客さま情報・支払情報</translation>
    </message>
    <message>
        <source>Important matters</source>
        <translation>重要事項等確認</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>お申込み手続き</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>手続き完了</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>現在のステップ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>not yet done</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>ステップ %1／%2：%3（%4）</translation>
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
        <translation>キオスクモードには終了用の管理者PINが必要ですが、設定されていません。先に次のコマンドで設定してください:
    clickar --set-kiosk-pin</translation>
    </message>
</context>
</TS>

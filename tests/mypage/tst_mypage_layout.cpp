// MyPage's contract list fits the window beside the demo mail panel, on the desktop and at a kiosk, in Japanese and
// English, with every kind of row (renewable, under way, renewed, not yet open, matured): the list does not scroll
// sideways, no text in it or above it is broken inside a word or cut off (QLabel's word wrap cut
// 「ノンフリート契/約」), every button shows its whole text inside the list, and the screen does not scroll up and
// down when its content fits. ctest runs it on a 1280 × 800 and a
// 1920 × 1080 screen and at 200 %. With CLICKAR_LAYOUT_SHOTS=DIR each window is saved as a picture.
#include "support/AppDriver.h"
#include "support/BrokenWords.h"
#include "ui/ContractList.h"
#include "ui/KioskPin.h"
#include "ui/Translations.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace clickar;

class TestMyPageLayout : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> m_d;

private slots:
    void cleanup()
    {
        m_d.reset();
        installTranslations(QStringLiteral("en"));
    }

    void contractsFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("kiosk");
        QTest::addColumn<QString>("account");
        // 田中: renewable; 鈴木: renewable and renewed; 佐藤: renewable and not yet open; 高橋: under way and matured.
        const QStringList accounts = {QStringLiteral("tanaka"), QStringLiteral("suzuki"), QStringLiteral("sato"),
                                      QStringLiteral("takahashi")};
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            for (const QString &account : accounts) {
                QTest::addRow("%s desktop %s", qPrintable(language), qPrintable(account))
                    << language << false << account;
                QTest::addRow("%s kiosk %s", qPrintable(language), qPrintable(account)) << language << true << account;
            }
        }
    }

    void contractsFit()
    {
        QFETCH(QString, language);
        QFETCH(bool, kiosk);
        QFETCH(QString, account);
        installTranslations(language);
        m_d.emplace();
        if (kiosk)
            QSettings().setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(QStringLiteral("5555")));
        QVERIFY(m_d->startApp(language, kiosk));
        QVERIFY(m_d->logIn(account + QStringLiteral("@example.jp")));
        auto *list = m_d->find<ContractList>("contractsTable");
        auto *area = m_d->find<QScrollArea>("contractsScroll");
        QVERIFY(list && area);
        QTRY_VERIFY(list->isVisible() && list->rowCount() > 1 - (account == QStringLiteral("tanaka")));
        QTRY_COMPARE(area->horizontalScrollBar()->maximum(), 0);
        // Two contracts fit the window: nothing to scroll through (a label's minimum of one phrase a line made the
        // English screen scroll through empty space).
        QTRY_COMPARE(area->verticalScrollBar()->maximum(), 0);
        QTRY_VERIFY(list->width() <= area->viewport()->width());
        if (const QString shots = qEnvironmentVariable("CLICKAR_LAYOUT_SHOTS"); !shots.isEmpty())
            m_d->window()->grab().save(QDir(shots).filePath(
                QStringLiteral("mypage-%1-%2-%3.png")
                    .arg(language, kiosk ? QStringLiteral("kiosk") : QStringLiteral("desktop"), account)));

        int labels = 0;
        for (const QLabel *label : m_d->find<QWidget>("myPageScreen")->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++labels;
            QVERIFY2(test::brokenWords(label).isEmpty(), qPrintable(test::brokenWords(label)));
        }
        QVERIFY(labels >= 8 + 5 * list->rowCount()); // the greeting and the intro too
        const QList<QPushButton *> buttons = list->findChildren<QPushButton *>();
        QVERIFY(!buttons.isEmpty());
        for (const QPushButton *button : buttons) {
            const QRect where(button->mapTo(list, QPoint(0, 0)), button->size());
            QVERIFY2(button->width() >= button->sizeHint().width() && list->rect().contains(where),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 (wants %6) in %7×%8")
                                    .arg(button->text())
                                    .arg(where.x())
                                    .arg(where.y())
                                    .arg(where.width())
                                    .arg(where.height())
                                    .arg(button->sizeHint().width())
                                    .arg(list->width())
                                    .arg(list->height())));
        }
    }
};

QTEST_MAIN(TestMyPageLayout)
#include "tst_mypage_layout.moc"

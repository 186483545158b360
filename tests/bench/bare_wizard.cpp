// The start-up baseline: a bare nine-page QWizard that exits once it has painted, as
// `clickar --quit-after-first-paint` does.
#include <QApplication>
#include <QCheckBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace {
class GatedPage : public QWizardPage
{
public:
    explicit GatedPage(int number)
    {
        setTitle(QStringLiteral("Page %1").arg(number));
        auto *layout = new QVBoxLayout(this);
        auto *box = new QCheckBox(QStringLiteral("Confirmed"), this);
        layout->addWidget(box);
        registerField(QStringLiteral("confirmed%1*").arg(number), box);
    }
};

class QuitAfterPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 1; i <= 9; ++i)
        wizard.setPage(i, new GatedPage(i));
    QuitAfterPaint quitter;
    wizard.installEventFilter(&quitter);
    wizard.show();
    return app.exec();
}

// The start-up baseline: a bare nine-page QWizard that exits once it has painted, as
// `clickar --quit-after-first-paint` does.
#include <QApplication>
#include <QCheckBox>
#include <QTimer>

#include <QVBoxLayout>
#include <QWizard>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>

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
            // The moment of the first paint, for the start-up benchmark (tests/bench/startup.sh).
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            std::printf("first-paint-ns %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
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
    const int status = app.exec();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak-rss-kb %ld\n", usage.ru_maxrss);
    return status;
}

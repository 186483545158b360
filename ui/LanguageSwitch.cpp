#include "ui/LanguageSwitch.h"

#include "ui/ScrollKeeper.h"
#include "ui/Translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QToolButton>

namespace clickar {

namespace {
const QString languageSetting = QStringLiteral("language");
}

LanguageSwitch *LanguageSwitch::s_instance = nullptr;

LanguageSwitch::LanguageSwitch(const QString &language, bool remember, QObject *parent)
    : QObject(parent)
    , m_language(normalised(language))
    , m_remember(remember)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("languageAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Also over the PDF viewer and the other windows of the person.
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_action, &QAction::triggered, this, &LanguageSwitch::toggle);
    updateAction();
    s_instance = this;
}

LanguageSwitch::~LanguageSwitch()
{
    if (s_instance == this)
        s_instance = nullptr;
}

LanguageSwitch *LanguageSwitch::instance()
{
    return s_instance;
}

QToolButton *LanguageSwitch::makeButton(QWidget *parent)
{
    if (!s_instance)
        return nullptr;
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("languageButton"));
    button->setDefaultAction(s_instance->action()); // its text and tool tip follow the language by themselves
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QString LanguageSwitch::normalised(const QString &language)
{
    return language.startsWith(QStringLiteral("en"), Qt::CaseInsensitive) ? QStringLiteral("en") : QStringLiteral("ja");
}

void LanguageSwitch::setLanguage(const QString &language)
{
    const QString wanted = normalised(language);
    if (wanted == m_language)
        return;
    m_language = wanted;
    ScrollKeeper::keepPlaces(); // texts change length: every reader stays at the same place of what they read
    installTranslations(m_language);
    if (m_remember)
        QSettings().setValue(languageSetting, m_language);
    updateAction();
    emit languageChanged(m_language);
}

void LanguageSwitch::toggle()
{
    setLanguage(m_language == QStringLiteral("ja") ? QStringLiteral("en") : QStringLiteral("ja"));
}

void LanguageSwitch::updateAction()
{
    // Each language is named in itself, so that a person who cannot read the current one finds their own.
    const bool japanese = m_language == QStringLiteral("ja");
    m_action->setText(japanese ? QStringLiteral("English") : QStringLiteral("日本語"));
    m_action->setToolTip(japanese ? QStringLiteral("Switch to English (Ctrl+Shift+L)")
                                  : QStringLiteral("日本語に切り替えます (Ctrl+Shift+L)"));
    m_action->setStatusTip(m_action->toolTip());
}

} // namespace clickar

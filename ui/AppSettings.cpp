#include "ui/AppSettings.h"

#include "service/RenewalClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace clickar {

namespace {

const QString fileName = QStringLiteral("Clickar/Clickar.conf");
const QStringList keys = {QStringLiteral("server"), QStringLiteral("caFile"), QStringLiteral("language"),
                          QStringLiteral("kiosk"), QStringLiteral("idleTimeout")};
constexpr int maxIdleTimeout = 24 * 60 * 60;

// A settings file, or its readError. QSettings's INI reader turns a value with a comma into a list; a list is
// joined back, so that a URL or a path with a comma reads as written.
AppSettings::Source readFile(const QString &path)
{
    AppSettings::Source source;
    source.file = path;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        source.readError = AppSettings::tr("The settings file %1 cannot be read: %2").arg(path, probe.errorString());
        return source;
    }
    probe.close();
    const QSettings settings(path, QSettings::IniFormat);
    for (const QString &key : keys) {
        if (!settings.contains(key))
            continue;
        const QVariant value = settings.value(key);
        QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString();
        text = text.trimmed();
        if (text.isEmpty())
            continue; // an empty value sets nothing: the next source decides
        if (key == QStringLiteral("caFile"))
            text = QFileInfo(QFileInfo(path).dir(), text).absoluteFilePath();
        source.values.insert(key, text);
    }
    return source;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"true" || t == u"yes" || t == u"on" || t == u"1")
        return true;
    if (t == u"false" || t == u"no" || t == u"off" || t == u"0")
        return false;
    return std::nullopt;
}

// Empty when `path` names a readable file with at least one certificate (PEM or DER), else why not.
QString checkCaFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return AppSettings::tr("The file %1 cannot be read.").arg(path);
    const QByteArray data = file.readAll();
    if (QSslCertificate::fromData(data, QSsl::Pem).isEmpty() && QSslCertificate::fromData(data, QSsl::Der).isEmpty())
        return AppSettings::tr("The file %1 contains no certificate (PEM or DER).").arg(path);
    return {};
}

} // namespace

QStringList AppSettings::siteFiles()
{
    // XDG Base Directory: XDG_CONFIG_DIRS, most important first, /etc/xdg when unset; relative entries are invalid.
    QStringList folders = qEnvironmentVariable("XDG_CONFIG_DIRS").split(u':', Qt::SkipEmptyParts);
    folders.removeIf([](const QString &folder) { return QDir::isRelativePath(folder); });
    if (folders.isEmpty())
        folders = {QStringLiteral("/etc/xdg")};
    QStringList files;
    for (const QString &folder : folders)
        files.append(QDir(folder).filePath(fileName));
    return files;
}

QString AppSettings::userFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(fileName);
}

QVariantMap AppSettings::fromCommandLine(const QCommandLineParser &parser)
{
    QVariantMap values;
    const QStringList given = parser.optionNames();
    for (const QString &key : keys) {
        const QString option = optionOf(key).mid(2);
        if (!given.contains(option))
            continue;
        values.insert(key, key == QStringLiteral("kiosk") ? QStringLiteral("true") : parser.value(option));
    }
    return values;
}

void AppSettings::load(const QVariantMap &commandLine)
{
    m_sources.clear();
    QStringList site = siteFiles();
    std::reverse(site.begin(), site.end()); // least important first
    for (const QString &path : site) {
        if (QFileInfo::exists(path)) {
            Source source = readFile(path);
            source.kind = Source::Kind::Site;
            m_sources.append(source);
        }
    }
    if (QFileInfo::exists(userFile())) {
        Source source = readFile(userFile());
        source.kind = Source::Kind::User;
        m_sources.append(source);
    }
    Source command;
    command.kind = Source::Kind::CommandLine;
    for (auto it = commandLine.cbegin(); it != commandLine.cend(); ++it) {
        const QString text = it.value().toString();
        command.values.insert(it.key(), it.key() == QStringLiteral("caFile") && !text.isEmpty()
                                            ? QFileInfo(text).absoluteFilePath()
                                            : text);
    }
    m_sources.append(command);
}

const AppSettings::Source *AppSettings::winner(const QString &key, QString *value) const
{
    auto find = [&](auto accepts) -> const Source * {
        for (auto it = m_sources.crbegin(); it != m_sources.crend(); ++it) {
            if (accepts(*it) && it->values.contains(key)) {
                *value = it->values.value(key).toString();
                return &*it;
            }
        }
        return nullptr;
    };
    if (key != QStringLiteral("kiosk"))
        return find([](const Source &) { return true; });
    // Kiosk: the command line (it can only switch kiosk mode on), then the site, then the user.
    for (const Source::Kind kind : {Source::Kind::CommandLine, Source::Kind::Site, Source::Kind::User}) {
        if (const Source *source = find([kind](const Source &s) { return s.kind == kind; }))
            return source;
    }
    return nullptr;
}

QString AppSettings::optionOf(const QString &key)
{
    if (key == QStringLiteral("language"))
        return QStringLiteral("--lang");
    if (key == QStringLiteral("caFile"))
        return QStringLiteral("--ca-file");
    if (key == QStringLiteral("idleTimeout"))
        return QStringLiteral("--idle-timeout");
    return QStringLiteral("--") + key;
}

QString AppSettings::where(const Source &source, const QString &key) const
{
    if (source.kind == Source::Kind::CommandLine)
        return tr("The command-line option %1").arg(optionOf(key));
    return tr("The settings file %1, key “%2”").arg(source.file, key);
}

QString AppSettings::language() const
{
    QString value;
    if (winner(QStringLiteral("language"), &value) && (value == u"ja" || value == u"en"))
        return value;
    return QStringLiteral("ja");
}

bool AppSettings::apply(AppOptions *options, QString *error) const
{
    QStringList problems;
    for (const Source &source : m_sources) {
        if (!source.readError.isEmpty())
            problems.append(source.readError);
    }
    auto bad = [&](const Source &source, const QString &key, const QString &why) {
        problems.append(tr("%1: %2").arg(where(source, key), why));
    };

    QString value;
    if (const Source *s = winner(QStringLiteral("language"), &value)) {
        if (value == u"ja" || value == u"en")
            options->language = value;
        else
            bad(*s, QStringLiteral("language"),
                tr("“%1” is not a language of Clickar; use ja (Japanese) or en (English).").arg(value));
    }
    if (const Source *s = winner(QStringLiteral("server"), &value)) {
        const QUrl url(value, QUrl::StrictMode);
        if (const QString refusal = RenewalClient::checkServerUrl(url); !refusal.isEmpty())
            bad(*s, QStringLiteral("server"), refusal);
        else
            options->server = url;
    }
    if (const Source *s = winner(QStringLiteral("caFile"), &value)) {
        if (const QString refusal = checkCaFile(value); !refusal.isEmpty())
            bad(*s, QStringLiteral("caFile"), refusal);
        else
            options->caFile = value;
    }
    if (const Source *s = winner(QStringLiteral("kiosk"), &value)) {
        if (const std::optional<bool> kiosk = parseBool(value))
            options->kiosk = *kiosk;
        else
            bad(*s, QStringLiteral("kiosk"), tr("“%1” is neither true nor false.").arg(value));
    }
    if (const Source *s = winner(QStringLiteral("idleTimeout"), &value)) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (ok && seconds >= 1 && seconds <= maxIdleTimeout)
            options->idleTimeoutSeconds = seconds;
        else
            bad(*s, QStringLiteral("idleTimeout"),
                tr("“%1” is not a number of seconds from 1 to %2.").arg(value).arg(maxIdleTimeout));
    }
    if (problems.isEmpty())
        return true;
    *error = problems.join(u'\n');
    return false;
}

} // namespace clickar

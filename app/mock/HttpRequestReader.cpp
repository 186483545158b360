#include "mock/HttpRequestReader.h"

#include <algorithm>

namespace clickar {

namespace {

constexpr qint64 maxChunkLineBytes = 1024;

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isTarget(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F)
            return false;
    }
    return true;
}

// A field value: visible characters, spaces, tabs and obs-text; no other control character.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7F)
            return false;
    }
    return true;
}

QByteArray trimmedValue(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

// The comma-separated elements of every header `name`, trimmed and lower-cased.
QByteArrayList elements(const HttpRequest &request, const QByteArray &name)
{
    QByteArrayList list;
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(','))
            list.append(trimmedValue(part).toLower());
    }
    return list;
}

int count(const HttpRequest &request, const QByteArray &name)
{
    int n = 0;
    for (const auto &[key, value] : request.headers)
        n += key.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpRequestReader::HttpRequestReader(const HttpLimits &limits)
    : m_limits(limits)
{}

void HttpRequestReader::feed(const QByteArray &bytes)
{
    if (m_state == State::Failed || bytes.isEmpty())
        return;
    m_buffer.append(bytes);
    if (m_state == State::Idle)
        m_state = State::Headers;
    parse();
}

HttpRequest HttpRequestReader::takeRequest()
{
    if (m_state != State::Complete)
        return {};
    HttpRequest request = std::move(m_request);
    m_request = {};
    m_requestLineRead = false;
    m_headerBytes = 0;
    m_headerLines = 0;
    m_framing = Framing::None;
    m_remaining = 0;
    m_draining = false;
    m_chunkPart = ChunkPart::Size;
    compact();
    m_state = buffered() > 0 ? State::Headers : State::Idle;
    if (m_state == State::Headers)
        parse();
    return request;
}

void HttpRequestReader::fail(int status, const char *reason)
{
    m_state = State::Failed;
    m_status = status;
    m_reason = reason;
    m_buffer.clear();
    m_pos = 0;
}

void HttpRequestReader::compact()
{
    if (m_pos == 0)
        return;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

bool HttpRequestReader::takeLine(QByteArray *line, qint64 maxLength, int tooLongStatus)
{
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    const qint64 length = (newline < 0 ? m_buffer.size() : newline + 1) - m_pos;
    if (length > maxLength) {
        fail(tooLongStatus, tooLongStatus == 431 ? "request line or headers too large" : "chunk size line too long");
        return false;
    }
    if (newline < 0)
        return false;
    qsizetype end = newline;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    *line = m_buffer.sliced(m_pos, end - m_pos);
    m_pos = newline + 1;
    if (line->contains('\r')) {
        fail(400, "bare CR in a line");
        return false;
    }
    return true;
}

void HttpRequestReader::parse()
{
    while (m_state == State::Headers || m_state == State::Body) {
        const bool progressed = m_state == State::Headers ? readHeaderLines() : readBody();
        if (!progressed)
            break;
    }
    if (m_state != State::Failed && m_pos > 64 * 1024)
        compact();
}

bool HttpRequestReader::readHeaderLines()
{
    QByteArray line;
    if (!takeLine(&line, m_limits.maxHeaderBytes - m_headerBytes, 431))
        return false;
    m_headerBytes += line.size() + 2;
    if (!m_requestLineRead) {
        if (line.isEmpty())
            return true; // empty lines before a request line are ignored (RFC 9112 2.2)
        const QByteArrayList parts = line.split(' ');
        if (parts.size() != 3 || !isToken(parts.at(0)) || !isTarget(parts.at(1))) {
            fail(400, "malformed request line");
            return false;
        }
        const QByteArray &version = parts.at(2);
        if (version == "HTTP/1.1" || version == "HTTP/1.0") {
            m_request.minorVersion = version.back() - '0';
        } else {
            fail(version.startsWith("HTTP/") ? 505 : 400, "unsupported HTTP version");
            return false;
        }
        m_request.method = parts.at(0);
        m_request.target = parts.at(1);
        m_requestLineRead = true;
        return true;
    }
    if (line.isEmpty()) {
        startBody();
        return true;
    }
    if (++m_headerLines > m_limits.maxHeaderLines) {
        fail(431, "too many header lines");
        return false;
    }
    if (line.front() == ' ' || line.front() == '\t') {
        fail(400, "obsolete line folding");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon > 0 ? QByteArrayView(line).first(colon) : QByteArrayView();
    const QByteArrayView value = colon > 0 ? QByteArrayView(line).sliced(colon + 1) : QByteArrayView();
    if (!isToken(name) || !isFieldValue(value)) {
        fail(400, "malformed header line");
        return false;
    }
    m_request.headers.append({name.toByteArray(), trimmedValue(value)});
    return true;
}

void HttpRequestReader::startBody()
{
    const QByteArrayList connection = elements(m_request, "Connection");
    m_request.keepAlive = m_request.minorVersion >= 1
                              ? !connection.contains("close")
                              : connection.contains("keep-alive") && !connection.contains("close");
    const int hosts = count(m_request, "Host");
    if (hosts > 1 || (hosts == 0 && m_request.minorVersion >= 1))
        return fail(400, "Host missing or repeated");

    const QByteArrayList codings = elements(m_request, "Transfer-Encoding");
    const QByteArrayList lengths = elements(m_request, "Content-Length");
    if (!codings.isEmpty() && !lengths.isEmpty())
        return fail(400, "Content-Length with Transfer-Encoding");
    if (!codings.isEmpty()) {
        if (codings != QByteArrayList{"chunked"})
            return fail(501, "unsupported transfer coding");
        m_framing = Framing::Chunked;
        m_chunkPart = ChunkPart::Size;
        m_state = State::Body;
        return;
    }
    if (lengths.isEmpty())
        return finish();
    for (const QByteArray &length : lengths) {
        if (length != lengths.first() || length.isEmpty() || length.size() > 18 ||
            !std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail(400, "malformed or repeated Content-Length");
    }
    m_remaining = lengths.first().toLongLong();
    if (m_remaining > m_limits.drainBodyBytes)
        return fail(413, "declared body too large");
    m_draining = m_remaining > m_limits.maxBodyBytes;
    if (m_remaining == 0)
        return finish();
    m_framing = Framing::Length;
    m_state = State::Body;
}

bool HttpRequestReader::readBody()
{
    if (m_framing == Framing::Chunked)
        return readChunked();
    const qint64 n = qMin<qint64>(m_remaining, buffered());
    if (n == 0)
        return false;
    if (!m_draining)
        m_request.body.append(m_buffer.constData() + m_pos, n);
    m_pos += n;
    m_remaining -= n;
    if (m_remaining > 0)
        return false;
    if (m_draining) {
        fail(413, "body too large");
        return false;
    }
    finish();
    return true;
}

bool HttpRequestReader::readChunked()
{
    switch (m_chunkPart) {
    case ChunkPart::Size: {
        QByteArray line;
        if (!takeLine(&line, maxChunkLineBytes, 400))
            return false;
        const qsizetype semicolon = line.indexOf(';');
        const QByteArray digits =
            trimmedValue(semicolon < 0 ? QByteArrayView(line) : QByteArrayView(line).first(semicolon));
        bool ok = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        });
        if (!ok) {
            fail(400, "malformed chunk size");
            return false;
        }
        // Sizes beyond the cap are refused before a byte of their data is read (leading zeros are allowed).
        qsizetype first = 0;
        while (first < digits.size() - 1 && digits.at(first) == '0')
            ++first;
        const qint64 size = digits.size() - first > 15 ? -1 : digits.mid(first).toLongLong(&ok, 16);
        if (size < 0 || m_request.body.size() + size > m_limits.maxBodyBytes) {
            fail(413, "chunked body too large");
            return false;
        }
        m_remaining = size;
        m_chunkPart = size == 0 ? ChunkPart::Trailer : ChunkPart::Data;
        return true;
    }
    case ChunkPart::Data: {
        const qint64 n = qMin<qint64>(m_remaining, buffered());
        if (n == 0)
            return false;
        m_request.body.append(m_buffer.constData() + m_pos, n);
        m_pos += n;
        m_remaining -= n;
        if (m_remaining == 0)
            m_chunkPart = ChunkPart::DataEnd;
        return true;
    }
    case ChunkPart::DataEnd:
        if (buffered() < 2)
            return false;
        if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n') {
            fail(400, "chunk data not followed by CRLF");
            return false;
        }
        m_pos += 2;
        m_chunkPart = ChunkPart::Size;
        return true;
    case ChunkPart::Trailer: {
        // Trailer fields count against the header limits and are otherwise ignored.
        QByteArray line;
        if (!takeLine(&line, m_limits.maxHeaderBytes - m_headerBytes, 431))
            return false;
        m_headerBytes += line.size() + 2;
        if (line.isEmpty()) {
            finish();
            return true;
        }
        if (++m_headerLines > m_limits.maxHeaderLines) {
            fail(431, "too many trailer lines");
            return false;
        }
        return true;
    }
    }
    return false;
}

void HttpRequestReader::finish()
{
    m_state = State::Complete;
}

} // namespace clickar

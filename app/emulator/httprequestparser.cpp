#include "httprequestparser.h"

#include "secretstring.h"

namespace {

bool isTokenCharacter(char c)
{
    // RFC 9110 tchar.
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenCharacter(c))
            return false;
    }
    return true;
}

bool isVisibleTarget(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return !text.isEmpty();
}

bool hasControlCharacter(QByteArrayView value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::~HttpRequestParser()
{
    wipeBytes(m_buffer);
}

void HttpRequestParser::append(const QByteArray &bytes)
{
    if (!m_failed)
        m_buffer.append(bytes);
}

HttpRequestParser::Status HttpRequestParser::fail(int httpStatus, QByteArray reason,
                                                  QByteArray path)
{
    m_failed = true;
    m_failure = Failure{httpStatus, std::move(reason), std::move(path)};
    wipeBytes(m_buffer);
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::next(ReceivedRequest *request)
{
    if (m_failed)
        return Status::Failed;

    // Blank lines before a request line are allowed by RFC 9112 and skipped.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);

    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > MaxHeadSize)
            return fail(431, "the request head is too large");
        return Status::NeedMore;
    }
    if (headEnd > MaxHeadSize)
        return fail(431, "the request head is too large");

    const QByteArrayView head(m_buffer.constData(), headEnd);
    const QList<QByteArrayView> lines = [&head] {
        QList<QByteArrayView> result;
        qsizetype start = 0;
        while (start <= head.size()) {
            qsizetype end = head.indexOf("\r\n", start);
            if (end < 0)
                end = head.size();
            result.append(head.sliced(start, end - start));
            start = end + 2;
        }
        return result;
    }();

    ReceivedRequest parsed;
    const QList<QByteArrayView> requestLine = [&lines] {
        QList<QByteArrayView> parts;
        const QByteArrayView line = lines.first();
        qsizetype start = 0;
        for (int i = 0; i < 2; ++i) {
            const qsizetype space = line.indexOf(' ', start);
            if (space < 0)
                return QList<QByteArrayView>();
            parts.append(line.sliced(start, space - start));
            start = space + 1;
        }
        parts.append(line.sliced(start));
        return parts;
    }();
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) ||
        !isVisibleTarget(requestLine.at(1)))
        return fail(400, "malformed request line");
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")
        return fail(505, "only HTTP/1.0 and HTTP/1.1 are served");

    parsed.method = requestLine.at(0).toByteArray();
    parsed.version = requestLine.at(2).toByteArray();
    const QByteArrayView target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    parsed.path = (question < 0 ? target : target.first(question)).toByteArray();
    if (question >= 0) {
        parsed.hasQuery = true;
        parsed.query = target.sliced(question + 1).toByteArray();
    }
    if (!parsed.path.startsWith('/'))
        return fail(400, "only origin-form request targets are served");

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding (a line starting with a blank) is refused, as RFC 9112 allows.
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "malformed header line", parsed.path);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (hasControlCharacter(value))
            return fail(400, "control character in a header value", parsed.path);
        parsed.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    }

    if (parsed.version == "HTTP/1.1" && parsed.headerCount("Host") != 1)
        return fail(400, "HTTP/1.1 needs exactly one Host header", parsed.path);
    if (parsed.hasHeader("Transfer-Encoding"))
        return fail(411, "only bodies framed by Content-Length are served", parsed.path);

    qsizetype bodySize = 0;
    if (parsed.headerCount("Content-Length") > 1)
        return fail(400, "more than one Content-Length", parsed.path);
    if (parsed.hasHeader("Content-Length")) {
        const QByteArray length = parsed.header("Content-Length");
        bool ok = !length.isEmpty() && length.size() <= 12;
        for (const char c : length)
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return fail(400, "malformed Content-Length", parsed.path);
        bodySize = length.toLongLong();
        if (bodySize > MaxBodySize)
            return fail(413, "the request body is too large", parsed.path);
    }

    const qsizetype bodyStart = headEnd + 4;
    if (m_buffer.size() - bodyStart < bodySize)
        return Status::NeedMore;

    parsed.body = m_buffer.mid(bodyStart, bodySize);
    // Overwrite the consumed bytes before they are released: the body may carry a key secret.
    secureZero(m_buffer.data(), bodyStart + bodySize);
    m_buffer.remove(0, bodyStart + bodySize);
    *request = std::move(parsed);
    return Status::Complete;
}

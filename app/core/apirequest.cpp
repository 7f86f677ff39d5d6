#include "apirequest.h"

ApiRequest &ApiRequest::set(const QByteArray &name, ApiValue value)
{
    parameters.insert_or_assign(name, std::move(value));
    return *this;
}

bool ApiRequest::carriesSecret() const
{
    for (const auto &[name, value] : parameters) {
        if (std::holds_alternative<SecretString>(value))
            return true;
    }
    return false;
}

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// Each byte of a string escapes to at most six ("\u00XX"), plus its quotes.
qsizetype worstCaseString(qsizetype utf8Size)
{
    return 2 + 6 * utf8Size;
}

qsizetype worstCaseStrings(const QStringList &list)
{
    qsizetype size = 2; // brackets
    for (const QString &text : list)
        size += 1 + worstCaseString(text.toUtf8().size());
    return size;
}

qsizetype worstCase(const ApiValue &value)
{
    return std::visit(
        Overloaded{
            [](const QString &text) { return worstCaseString(text.toUtf8().size()); },
            [](const SecretString &secret) { return worstCaseString(secret.utf8().size()); },
            [](qint64) { return qsizetype(20); },
            [](bool) { return qsizetype(5); },
            [](const QStringList &list) { return worstCaseStrings(list); },
            [](const QList<ApiFilter> &filters) {
                qsizetype size = 2;
                for (const ApiFilter &filter : filters)
                    size += 20 + worstCaseString(filter.name.toUtf8().size()) +
                            worstCaseStrings(filter.values);
                return size;
            },
        },
        value);
}

void appendString(QByteArray &json, QByteArrayView utf8)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    json.append('"');
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == '"' || c == '\\') {
            json.append('\\').append(byte);
        } else if (c < 0x20) {
            json.append("\\u00").append(hexDigits[c >> 4]).append(hexDigits[c & 0x0f]);
        } else {
            json.append(byte);
        }
    }
    json.append('"');
}

void appendStrings(QByteArray &json, const QStringList &list)
{
    json.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            json.append(',');
        appendString(json, list.at(i).toUtf8());
    }
    json.append(']');
}

void appendValue(QByteArray &json, const ApiValue &value)
{
    std::visit(Overloaded{
                   [&](const QString &text) { appendString(json, text.toUtf8()); },
                   [&](const SecretString &secret) { appendString(json, secret.utf8()); },
                   [&](qint64 number) { json.append(QByteArray::number(number)); },
                   [&](bool flag) { json.append(flag ? "true" : "false"); },
                   [&](const QStringList &list) { appendStrings(json, list); },
                   [&](const QList<ApiFilter> &filters) {
                       json.append('[');
                       for (qsizetype i = 0; i < filters.size(); ++i) {
                           json.append(i > 0 ? ",{\"Name\":" : "{\"Name\":");
                           appendString(json, filters.at(i).name.toUtf8());
                           json.append(",\"Values\":");
                           appendStrings(json, filters.at(i).values);
                           json.append('}');
                       }
                       json.append(']');
                   },
               },
               value);
}

void flattenStrings(const QByteArray &prefix, const QStringList &list,
                    std::map<QByteArray, QByteArray> &into)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        into[prefix + '.' + QByteArray::number(i)] = list.at(i).toUtf8();
}

} // namespace

QByteArray ApiEncoding::json(const std::map<QByteArray, ApiValue> &parameters)
{
    qsizetype size = 2;
    for (const auto &[name, value] : parameters)
        size += 2 + worstCaseString(name.size()) + worstCase(value);

    QByteArray json;
    json.reserve(size);
    json.append('{');
    bool first = true;
    for (const auto &[name, value] : parameters) {
        if (!first)
            json.append(',');
        first = false;
        appendString(json, name);
        json.append(':');
        appendValue(json, value);
    }
    json.append('}');
    return json;
}

void ApiEncoding::flatten(const std::map<QByteArray, ApiValue> &parameters,
                          std::map<QByteArray, QByteArray> &into)
{
    // Not a structured binding: clang 14 cannot capture one in the lambdas below.
    for (const auto &parameter : parameters) {
        const QByteArray &name = parameter.first;
        std::visit(Overloaded{
                       [&](const QString &text) { into[name] = text.toUtf8(); },
                       [&](const SecretString &secret) { into[name] = secret.utf8(); },
                       [&](qint64 number) { into[name] = QByteArray::number(number); },
                       [&](bool flag) { into[name] = flag ? "true" : "false"; },
                       [&](const QStringList &list) { flattenStrings(name, list, into); },
                       [&](const QList<ApiFilter> &filters) {
                           for (qsizetype i = 0; i < filters.size(); ++i) {
                               const QByteArray prefix = name + '.' + QByteArray::number(i);
                               into[prefix + ".Name"] = filters.at(i).name.toUtf8();
                               flattenStrings(prefix + ".Values", filters.at(i).values, into);
                           }
                       },
                   },
                   parameter.second);
    }
}

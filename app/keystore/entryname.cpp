#include "entryname.h"

QString EntryName::escapeComponent(const QString &component)
{
    QString escaped;
    escaped.reserve(component.size());
    for (const QChar c : component) {
        if (c == u'%')
            escaped += u"%25";
        else if (c == u'/')
            escaped += u"%2F";
        else
            escaped += c;
    }
    return escaped;
}

QString EntryName::operatorCredentials(const QString &profile)
{
    return QStringLiteral("profile/%1/credentials").arg(escapeComponent(profile));
}

QString EntryName::keySecret(const QUrl &endpoint, const QString &account, const QString &keyId)
{
    // The default port is left out, so https://h/ and https://h:443/ name the same gateway.
    QString host = endpoint.host(QUrl::FullyDecoded).toLower();
    const int defaultPort = endpoint.scheme() == u"http" ? 80 : 443;
    if (endpoint.port() != -1 && endpoint.port() != defaultPort)
        host += u':' + QString::number(endpoint.port());
    return QStringLiteral("key/%1/%2/%3")
        .arg(escapeComponent(host), escapeComponent(account), escapeComponent(keyId));
}

#pragma once

#include "gatewayerror.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>

// Turns what QtNetwork says about a failed transfer into the words of a GatewayError.
namespace TransportError {

struct Mapping
{
    GatewayError::Kind kind = GatewayError::Kind::Network;
    // True for failures that happen before a request can have left: no connection, no TLS
    // session, a refused proxy. Every other failure may have reached the gateway.
    bool beforeSending = false;
};

Mapping classify(QNetworkReply::NetworkError error);

// What the user reads about an HTTP status other than 200: the start of the body as plain text
// (tags dropped, whitespace folded, control characters gone), at most maxChars long.
QString bodyExcerpt(const QByteArray &body, qsizetype maxChars = 200);

// The texts of the TLS problems, joined: "The certificate has expired; ...".
QString describeSslErrors(const QList<QSslError> &errors);

// Qt puts the request URL into some error texts, and an API 2.0 GET carries every parameter,
// a manual key secret included, in its query: replace the URL by its origin and path.
QString redactUrl(QString text, const QUrl &url);

// scheme://host[:port], for logs and for naming a redirect target.
QString origin(const QUrl &url);

} // namespace TransportError

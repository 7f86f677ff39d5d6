#pragma once

#include "apitypes.h"
#include "secretstring.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <variant>

// What every action of this application shares on the wire: the gateway's service, its API 3.0
// version and the content types of both generations (docs/PROTOCOL.md).
namespace GatewayApi {
inline constexpr QByteArrayView Service = "apigateway";
inline constexpr QByteArrayView Version = "2018-08-08";
inline constexpr QByteArrayView Api3ContentType = "application/json; charset=utf-8";
inline constexpr QByteArrayView Api2ContentType = "application/x-www-form-urlencoded";
} // namespace GatewayApi

// One element of a `Filters` list: a field name and the values it may take.
struct ApiFilter
{
    QString name;
    QStringList values;
};

// A typed parameter value. A secret stays a SecretString until the signer writes it into the
// request, so that nothing on the way can print it.
using ApiValue = std::variant<QString, SecretString, qint64, bool, QStringList, QList<ApiFilter>>;

// One action as the caller means it, before any encoding: its name, its API 3.0 version, the
// generation that will carry it, and its parameters by name. The generation picks the signer
// (signTc3Request or signLegacyRequest), which decides how the parameters travel.
struct ApiRequest
{
    QByteArray action; // "CreateApiKey"
    QByteArray version = GatewayApi::Version.toByteArray();
    ApiGeneration generation = ApiGeneration::Api3;
    // By UTF-8 name, case-sensitive: the API 3.0 body lists them in this (byte) order, and API
    // 2.0's `SecretId` (common) and `secretId` (an action's own) are two different names.
    std::map<QByteArray, ApiValue> parameters;

    ApiRequest &set(const QByteArray &name, ApiValue value);
    // Whether any parameter is a secret, even an empty one: the action sends one either way.
    bool carriesSecret() const;
};

namespace ApiEncoding {

// The parameters as one compact JSON object, as API 3.0 sends its body: `"`, `\` and control
// characters escaped, every other UTF-8 byte as is. The buffer is sized for the worst case first,
// so that no reallocation leaves a copy of a secret behind in freed memory.
QByteArray json(const std::map<QByteArray, ApiValue> &parameters);

// The parameters flattened as API 2.0 takes them: a list `ids` becomes `ids.0`, `ids.1`, ...; a
// filter list `Filters.0.Name`, `Filters.0.Values.0`, ...; an empty list sends nothing; integers
// in decimal; booleans `true` / `false`. Merged into `into`, which the caller wipes after use.
void flatten(const std::map<QByteArray, ApiValue> &parameters,
             std::map<QByteArray, QByteArray> &into);

} // namespace ApiEncoding

#pragma once

#include <QString>
#include <optional>

// The small vocabulary shared by every layer: which API generation is spoken, which kind of key
// is created, and the two knobs of the legacy protocol.

enum class ApiGeneration {
    Api3, // API 3.0, apigateway.tencentcloudapi.com, TC3-HMAC-SHA256 (the default)
    Api2, // API 2.0, apigateway.api.qcloud.com/v2/index.php, HmacSHA256 or HmacSHA1 (legacy)
};

enum class KeyType {
    Auto,   // the server draws id and secret
    Manual, // the caller gives id and secret
};

enum class LegacySignatureMethod { HmacSHA256, HmacSHA1 };

enum class LegacyHttpMethod { Post, Get };

// Stable spellings, used on the wire, in settings and in the key index.
QString apiGenerationName(ApiGeneration generation); // "3.0" / "2.0"
std::optional<ApiGeneration> apiGenerationFromName(QStringView name);

QString keyTypeName(KeyType type); // "auto" / "manual"
std::optional<KeyType> keyTypeFromName(QStringView name);

QString legacySignatureMethodName(LegacySignatureMethod method); // "HmacSHA256" / "HmacSHA1"
std::optional<LegacySignatureMethod> legacySignatureMethodFromName(QStringView name);

QString legacyHttpMethodName(LegacyHttpMethod method); // "POST" / "GET"
std::optional<LegacyHttpMethod> legacyHttpMethodFromName(QStringView name);

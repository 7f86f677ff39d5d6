#include "apitypes.h"

QString apiGenerationName(ApiGeneration generation)
{
    return generation == ApiGeneration::Api3 ? QStringLiteral("3.0") : QStringLiteral("2.0");
}

std::optional<ApiGeneration> apiGenerationFromName(QStringView name)
{
    if (name == u"3.0" || name == u"3")
        return ApiGeneration::Api3;
    if (name == u"2.0" || name == u"2")
        return ApiGeneration::Api2;
    return std::nullopt;
}

QString keyTypeName(KeyType type)
{
    return type == KeyType::Auto ? QStringLiteral("auto") : QStringLiteral("manual");
}

std::optional<KeyType> keyTypeFromName(QStringView name)
{
    if (name == u"auto")
        return KeyType::Auto;
    if (name == u"manual")
        return KeyType::Manual;
    return std::nullopt;
}

QString legacySignatureMethodName(LegacySignatureMethod method)
{
    return method == LegacySignatureMethod::HmacSHA256 ? QStringLiteral("HmacSHA256")
                                                       : QStringLiteral("HmacSHA1");
}

std::optional<LegacySignatureMethod> legacySignatureMethodFromName(QStringView name)
{
    if (name == u"HmacSHA256")
        return LegacySignatureMethod::HmacSHA256;
    if (name == u"HmacSHA1")
        return LegacySignatureMethod::HmacSHA1;
    return std::nullopt;
}

QString legacyHttpMethodName(LegacyHttpMethod method)
{
    return method == LegacyHttpMethod::Post ? QStringLiteral("POST") : QStringLiteral("GET");
}

std::optional<LegacyHttpMethod> legacyHttpMethodFromName(QStringView name)
{
    if (name.compare(u"POST", Qt::CaseInsensitive) == 0)
        return LegacyHttpMethod::Post;
    if (name.compare(u"GET", Qt::CaseInsensitive) == 0)
        return LegacyHttpMethod::Get;
    return std::nullopt;
}

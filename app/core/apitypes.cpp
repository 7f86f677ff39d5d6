#include "apitypes.h"

#include <span>

namespace {

// One table per enum: a value's first entry is the name it is written with; any further entries
// are spellings that are read as well.
template <typename Enum> struct Spelling
{
    Enum value;
    QStringView name;
};

constexpr Spelling<ApiGeneration> Generations[] = {{ApiGeneration::Api3, u"3.0"},
                                                   {ApiGeneration::Api2, u"2.0"},
                                                   {ApiGeneration::Api3, u"3"},
                                                   {ApiGeneration::Api2, u"2"}};
constexpr Spelling<KeyType> KeyTypes[] = {{KeyType::Auto, u"auto"}, {KeyType::Manual, u"manual"}};
constexpr Spelling<LegacySignatureMethod> SignatureMethods[] = {
    {LegacySignatureMethod::HmacSHA256, u"HmacSHA256"},
    {LegacySignatureMethod::HmacSHA1, u"HmacSHA1"}};
constexpr Spelling<LegacyHttpMethod> HttpMethods[] = {{LegacyHttpMethod::Post, u"POST"},
                                                      {LegacyHttpMethod::Get, u"GET"}};

template <typename Enum> QString nameOf(std::span<const Spelling<Enum>> table, Enum value)
{
    for (const Spelling<Enum> &spelling : table) {
        if (spelling.value == value)
            return spelling.name.toString();
    }
    return {};
}

template <typename Enum>
std::optional<Enum> valueOf(std::span<const Spelling<Enum>> table, QStringView name,
                            Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const Spelling<Enum> &spelling : table) {
        if (name.compare(spelling.name, sensitivity) == 0)
            return spelling.value;
    }
    return std::nullopt;
}

} // namespace

QString apiGenerationName(ApiGeneration generation)
{
    return nameOf<ApiGeneration>(Generations, generation);
}

std::optional<ApiGeneration> apiGenerationFromName(QStringView name)
{
    return valueOf<ApiGeneration>(Generations, name);
}

QString keyTypeName(KeyType type)
{
    return nameOf<KeyType>(KeyTypes, type);
}

std::optional<KeyType> keyTypeFromName(QStringView name)
{
    return valueOf<KeyType>(KeyTypes, name);
}

QString legacySignatureMethodName(LegacySignatureMethod method)
{
    return nameOf<LegacySignatureMethod>(SignatureMethods, method);
}

std::optional<LegacySignatureMethod> legacySignatureMethodFromName(QStringView name)
{
    return valueOf<LegacySignatureMethod>(SignatureMethods, name);
}

QString legacyHttpMethodName(LegacyHttpMethod method)
{
    return nameOf<LegacyHttpMethod>(HttpMethods, method);
}

std::optional<LegacyHttpMethod> legacyHttpMethodFromName(QStringView name)
{
    // Methods are case-insensitive where they are read (settings, the command line).
    return valueOf<LegacyHttpMethod>(HttpMethods, name, Qt::CaseInsensitive);
}

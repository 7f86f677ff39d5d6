#include "profilesettings.h"

#include <algorithm>

ProfileSettings ProfileSettings::bounded() const
{
    ProfileSettings result = *this;
    result.timeoutSeconds = std::clamp(timeoutSeconds, MinTimeoutSeconds, MaxTimeoutSeconds);
    result.clipboardClearSeconds =
        std::clamp(clipboardClearSeconds, MinClipboardClearSeconds, MaxClipboardClearSeconds);
    if (result.endpoint.language != u"zh-CN" && result.endpoint.language != u"en-US")
        result.endpoint.language.clear();
    return result;
}

bool sameEndpoint(const GatewayEndpoint &a, const GatewayEndpoint &b)
{
    return a.generation == b.generation && a.url == b.url && a.region == b.region &&
           a.signatureMethod == b.signatureMethod && a.httpMethod == b.httpMethod &&
           a.language == b.language;
}

bool operator==(const ProfileSettings &a, const ProfileSettings &b)
{
    return sameEndpoint(a.endpoint, b.endpoint) && a.timeoutSeconds == b.timeoutSeconds &&
           a.clipboardClearSeconds == b.clipboardClearSeconds && a.caBundlePath == b.caBundlePath;
}

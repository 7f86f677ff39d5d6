#include "profilesettings.h"

#include <algorithm>

ProfileSettings ProfileSettings::bounded() const
{
    ProfileSettings result = *this;
    result.timeoutSeconds = std::clamp(timeoutSeconds, MinTimeoutSeconds, MaxTimeoutSeconds);
    result.deadlineSeconds =
        deadlineSeconds <= AutomaticDeadline
            ? AutomaticDeadline
            : std::clamp(deadlineSeconds, MinDeadlineSeconds, MaxDeadlineSeconds);
    result.clipboardClearSeconds =
        std::clamp(clipboardClearSeconds, MinClipboardClearSeconds, MaxClipboardClearSeconds);
    if (result.endpoint.language != u"zh-CN" && result.endpoint.language != u"en-US")
        result.endpoint.language.clear();
    return result;
}

int ProfileSettings::effectiveDeadlineSeconds() const
{
    return deadlineSeconds > AutomaticDeadline ? deadlineSeconds : timeoutSeconds * DeadlineFactor;
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
           a.deadlineSeconds == b.deadlineSeconds &&
           a.clipboardClearSeconds == b.clipboardClearSeconds && a.caBundlePath == b.caBundlePath;
}

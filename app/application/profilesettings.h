#pragma once

#include "gatewayendpoint.h"

#include <QString>

// The settings of one profile that are not secret: where the gateway is and how to talk to it,
// plus how long a copied secret stays on the clipboard. The operator's credentials are not part
// of it on purpose: they live in the keychain, and this value goes to QSettings.
struct ProfileSettings
{
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 300;
    // The limit on a whole create. 0 stands for "automatic": DeadlineFactor times the timeout.
    static constexpr int AutomaticDeadline = 0;
    static constexpr int DeadlineFactor = 4;
    static constexpr int MinDeadlineSeconds = 5;
    static constexpr int MaxDeadlineSeconds = 3600;
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int MinClipboardClearSeconds = 5;
    static constexpr int MaxClipboardClearSeconds = 600;

    GatewayEndpoint endpoint;
    int timeoutSeconds = DefaultTimeoutSeconds; // idle: how long without any progress
    int deadlineSeconds = AutomaticDeadline;
    int clipboardClearSeconds = DefaultClipboardClearSeconds;
    QString caBundlePath; // extra PEM certificates to trust, e.g. a TLS-inspecting proxy's CA

    // The deadline in force: the one set, or the automatic one.
    int effectiveDeadlineSeconds() const;

    // Values out of range are brought into it; an unknown language is dropped.
    ProfileSettings bounded() const;

    friend bool operator==(const ProfileSettings &a, const ProfileSettings &b);
};

bool sameEndpoint(const GatewayEndpoint &a, const GatewayEndpoint &b);

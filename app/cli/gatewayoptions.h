#pragma once

#include "profilesettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <memory>

class GatewayClient;
class QCommandLineParser;

// The options of every command that talks to the gateway (create and the gateway subcommands):
// API generation, endpoint, region, signature, timeouts, CA bundle and profile, read on top of
// the profile's settings and TENCENTCLOUD_REGION, so that each command reaches the same gateway
// the same way.
class GatewayOptions
{
    Q_DECLARE_TR_FUNCTIONS(GatewayOptions)

public:
    GatewayOptions();

    void addTo(QCommandLineParser &parser) const;
    // Reads the options after the parser parsed them: an empty string, or the usage error.
    QString read(const QCommandLineParser &parser);

    const QString &profile() const { return m_profile; }
    const ProfileSettings &settings() const { return m_settings; }

    // A client with the timeouts and the CA bundle asked for, or nullptr and why not in `problem`.
    std::unique_ptr<GatewayClient> makeClient(QString *problem) const;

private:
    QCommandLineOption m_api;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_region;
    QCommandLineOption m_signatureMethod;
    QCommandLineOption m_httpMethod;
    QCommandLineOption m_timeout;
    QCommandLineOption m_deadline;
    QCommandLineOption m_caBundle;
    QCommandLineOption m_profileOption;

    QString m_profile;
    ProfileSettings m_settings;
};

#pragma once

#include "services.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QString>

// The network and keychain parts (LinkedServices), loaded from the apigw-keys-services module on
// first use rather than linked into apigw-keys: the dynamic loader then maps QtNetwork,
// QtKeychain and their libraries after the window has appeared, not before. The module sits in
// <libdir>/apigw-keys once installed, beside the executable in the build tree.
class ServicesModule final : public Services
{
    Q_DECLARE_TR_FUNCTIONS(ServicesModule)

public:
    std::unique_ptr<SecretStore> makeSecretStore(const QString &service, QString *error) override;
    std::unique_ptr<GatewayConnection> makeGatewayConnection(QString *error) override;
    std::unique_ptr<DemoGateway> makeDemoGateway(QString *error) override;

    // Where the module is looked for, first to last.
    static QStringList candidatePaths();

private:
    // The module's services, loaded on the first call; null with m_problem if that failed, and
    // then for good: a broken installation does not mend itself while running.
    Services *loaded();

    bool m_tried = false;
    // Never unloaded: objects it made may outlive this one (QLibrary's destructor keeps it).
    std::unique_ptr<QLibrary> m_library;
    Services *m_services = nullptr;
    QString m_problem;
};

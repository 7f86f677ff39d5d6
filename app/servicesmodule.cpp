#include "servicesmodule.h"

#include "secretstore.h"

#include <QDir>
#include <QFileInfo>

namespace {

using EntryPoint = Services *(*)(const char *callerVersion);

template <typename T> std::unique_ptr<T> unavailable(QString *error, const QString &problem)
{
    if (error)
        *error = problem;
    return nullptr;
}

} // namespace

QStringList ServicesModule::candidatePaths()
{
    const QDir binDir(QCoreApplication::applicationDirPath());
    return {
        // Installed: the relative way from bin/ to <libdir>/apigw-keys, fixed at configure time.
        QDir::cleanPath(binDir.filePath(QStringLiteral(APIGW_SERVICES_MODULE_FROM_BINDIR))),
        // The build tree: beside the executable.
        binDir.filePath(QStringLiteral(APIGW_SERVICES_MODULE_NAME)),
    };
}

Services *ServicesModule::loaded()
{
    if (m_tried)
        return m_services;
    m_tried = true;
    QStringList problems;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path))
            continue;
        auto library = std::make_unique<QLibrary>(path);
        library->setLoadHints(QLibrary::PreventUnloadHint);
        const auto entry = reinterpret_cast<EntryPoint>(library->resolve("apigw_keys_services"));
        if (!entry) {
            problems.append(library->errorString());
            continue;
        }
        m_library = std::move(library);
        m_services = entry(APIGW_VERSION);
        if (m_services)
            return m_services;
        problems.append(tr("%1 belongs to another version of apigw-keys").arg(path));
    }
    if (problems.isEmpty())
        problems.append(tr("it is in none of %1").arg(candidatePaths().join(QStringLiteral(", "))));
    m_problem = tr("The part of apigw-keys that reaches the network and the keychain cannot be "
                   "loaded (%1). Reinstalling apigw-keys should mend this.")
                    .arg(problems.join(QStringLiteral("; ")));
    return nullptr;
}

std::unique_ptr<SecretStore> ServicesModule::makeSecretStore(const QString &service, QString *error)
{
    Services *services = loaded();
    return services ? services->makeSecretStore(service, error)
                    : unavailable<SecretStore>(error, m_problem);
}

std::unique_ptr<GatewayConnection> ServicesModule::makeGatewayConnection(QString *error)
{
    Services *services = loaded();
    return services ? services->makeGatewayConnection(error)
                    : unavailable<GatewayConnection>(error, m_problem);
}

std::unique_ptr<DemoGateway> ServicesModule::makeDemoGateway(QString *error)
{
    Services *services = loaded();
    return services ? services->makeDemoGateway(error) : unavailable<DemoGateway>(error, m_problem);
}

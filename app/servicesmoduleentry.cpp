// The services module's one door: apigw-keys (ServicesModule) loads this shared object once its
// window is up and asks here for the network and keychain parts. Everything else in it stays
// private to it (see app/CMakeLists.txt).

#include "linkedservices.h"

#include <QtGlobal>
#include <cstring>

// Null when the caller is another version: the parts exchange C++ objects whose layout only the
// same build guarantees.
extern "C" Q_DECL_EXPORT Services *apigw_keys_services(const char *callerVersion)
{
    if (!callerVersion || std::strcmp(callerVersion, APIGW_VERSION) != 0)
        return nullptr;
    static LinkedServices services;
    return &services;
}

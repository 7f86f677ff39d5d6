#pragma once

#include "secretserviceprobe.h"
#include "secretstoreerror.h"
#include "secretstorejob.h"

#include <qt6keychain/keychain.h>

// How QtKeychain's answer plus what the Secret Service says about itself become an error a person
// can act on. A pure function, so that every row of the table is tested, including those the
// real services cannot be made to produce.
namespace KeychainErrors {

// `error` is QtKeychain's code (NoError for a removal that reported success, which may still have
// removed nothing from a locked keychain), `backendText` its message.
SecretStoreError classify(SecretStoreJob::Operation operation, QKeychain::Error error,
                          const QString &backendText, const SecretServiceState &state);

// Whether the Secret Service must be asked before `classify` can be truthful.
bool needsProbe(SecretStoreJob::Operation operation, QKeychain::Error error);

} // namespace KeychainErrors

#include "secretstore.h"

SecretStore::~SecretStore() = default;

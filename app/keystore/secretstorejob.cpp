#include "secretstorejob.h"

SecretStoreJob::SecretStoreJob(Operation operation, QString entry, QObject *parent)
    : KeystoreJobOf(parent), m_operation(operation), m_entry(std::move(entry))
{}

SecretStoreJob::~SecretStoreJob() = default;

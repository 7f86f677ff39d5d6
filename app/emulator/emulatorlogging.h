#pragma once

#include <QLoggingCategory>

// Requests, verdicts and faults of the emulator; never a secret, never a query string (a manual
// key secret can travel in one).
Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

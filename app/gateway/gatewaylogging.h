#pragma once

#include <QLoggingCategory>

// Never log a request's query or body, a response body, or a created key: they may carry secrets.
Q_DECLARE_LOGGING_CATEGORY(lcGateway)

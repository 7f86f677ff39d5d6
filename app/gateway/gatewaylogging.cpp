#include "gatewaylogging.h"

Q_LOGGING_CATEGORY(lcGateway, "apigw.gateway")

#include "emulatorlogging.h"

Q_LOGGING_CATEGORY(lcEmulator, "apigw.emulator")

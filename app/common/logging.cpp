#include "logging.h"

Q_LOGGING_CATEGORY(lcPortal, "pbx.portal", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "pbx.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "pbx.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMfa, "pbx.mfa", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSim, "pbx.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSimStore, "pbx.sim.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "pbx.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "pbx.app", QtWarningMsg)

#pragma once

#include <QString>
#include <QStringList>

// The NetSapiens user scopes (API v2 "user-scope") and what each may do
// with MFA, in one place for the app, the CLI and the simulator.
namespace pbx::scopes {

// Every scope, lowest first: what "everyone in the domain" means.
const QStringList &all();
// Those who manage MFA for others: office managers and above.
const QStringList &managers();
// Those who see a domain's users (and get the help-desk console).
bool seesDomainUsers(const QString &scope);
// Those who look after many domains (a reseller's territory, or all).
bool seesManyDomains(const QString &scope);

} // namespace pbx::scopes

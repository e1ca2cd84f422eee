#!/usr/bin/env python3
"""Conformance of pbx-portal-sim with the published NetSapiens API v2.

Runs the simulator (a real process, over HTTPS) twice on one data directory:
first with our MFA extension, where users are enrolled through it, then with
--netsapiens-strict, as a stock portal. In both modes every documented
operation it serves is called for its successes and its refusals, and every
answer body is validated, with Draft 2020-12 (OpenAPI 3.1), against the
schema the description gives for that operation and status:

- a documented status: the schema documented for it;
- a status the description does not list for that operation (401 on a
  look-up, 404, 422, 429...): the description's ErrorResponse, the body
  every documented error has;
- a deliberate difference: named in DIFFERENCES, validated against what
  docs/portal-api.md says instead, and listed in the report.

Strict mode also checks what it must leave out: no mfa-* user fields, no
mfa_enrolled claim, 404 for the extension's paths, a full token for a user
who has not enrolled, and the documented challenge for one who has.

    tst_openapi_conformance.py --sim PATH --subset SUBSET.json [--reference FULL.json]
"""
import argparse
import base64
import hashlib
import hmac
import http.client
import json
import os
import re
import shutil
import signal
import ssl
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse

from jsonschema import Draft202012Validator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import openapi_subset  # noqa: E402

CLIENT = {'client_id': 'pbx-admin-demo', 'client_secret': 'demo-secret'}  # app/sim/demo_seed.h
PASSWORD = 'DemoPass-2026'
BASE = '/ns-api/v2'

# Where our answers deliberately differ from the description, and why
# (docs/portal-api.md, "Where the simulator differs from the description").
DIFFERENCES = {
    'restricted-token-without-refresh': (
        'POST /jwt answers an MFA-restricted token without "refresh": nothing is refreshed until MFA is done, '
        'while JwtRequestSuccess requires both',
        {'type': 'object', 'required': ['token'], 'properties': {'token': {'type': 'string'}},
         'not': {'required': ['refresh']}}),
}


class Failure(Exception):
    pass


def totp(secret_b32, at, step=30, digits=6):
    key = base64.b32decode(secret_b32 + '=' * (-len(secret_b32) % 8))
    mac = hmac.new(key, struct.pack('>Q', int(at) // step), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack('>I', mac[offset:offset + 4])[0] & 0x7FFFFFFF) % (10 ** digits)
    return str(code).zfill(digits)


def claims_of(token):
    payload = token.split('.')[1]
    return json.loads(base64.urlsafe_b64decode(payload + '=' * (-len(payload) % 4)))


class Simulator:
    def __init__(self, program, data, strict):
        args = [program, '--listen', '127.0.0.1:0', '--data', data]
        if strict:
            args.append('--netsapiens-strict')
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.port = self.fingerprint = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not self.fingerprint:
            line = self.process.stdout.readline()
            if not line:
                break
            if m := re.match(r'listening on https://127\.0\.0\.1:(\d+)', line):
                self.port = int(m.group(1))
            if m := re.match(r'certificate SHA-256 ([0-9A-F:]+)', line):
                self.fingerprint = m.group(1).replace(':', '').lower()
        if not self.port or not self.fingerprint:
            self.stop()
            raise Failure('pbx-portal-sim did not start: ' + self.process.stderr.read())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def request(self, method, path, body=None, token=None):
        context = ssl.create_default_context()
        # Trust exactly the certificate the simulator printed (pinning, as
        # the app does): checked below, before anything is sent.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection('127.0.0.1', self.port, context=context, timeout=120)
        try:
            connection.connect()
            seen = hashlib.sha256(connection.sock.getpeercert(binary_form=True)).hexdigest()
            if seen != self.fingerprint:
                raise Failure(f'the simulator presented another certificate ({seen})')
            headers = {'Accept': 'application/json'}
            data = None
            if body is not None:
                data = json.dumps(body).encode()
                headers['Content-Type'] = 'application/json'
            if token:
                headers['Authorization'] = 'Bearer ' + token
            connection.request(method, BASE + path, body=data, headers=headers)
            response = connection.getresponse()
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None)
        finally:
            connection.close()


class Checker:
    def __init__(self, subset):
        self.spec = subset
        self.checked = 0
        self.undocumented = set()
        self.differences = set()
        self.failures = []
        formats = getattr(Draft202012Validator, 'FORMAT_CHECKER', None)
        self.format_checker = formats

    def validator(self, schema):
        # The components travel with the schema, so '#/components/...'
        # references resolve as they do in the description.
        return Draft202012Validator(dict(schema, components=self.spec['components']),
                                    format_checker=self.format_checker)

    def check(self, mode, operation, status, body, expected=None, difference=None):
        """Validates one answer. `operation` is "METHOD /path" as the
        description keys it (e.g. "POST /jwt#2")."""
        method, path = operation.split(' ', 1)
        where = f'[{mode}] {operation} -> {status}'
        self.checked += 1
        if expected is not None and status != expected:
            self.failures.append(f'{where}: expected status {expected}; body {json.dumps(body)[:300]}')
            return
        responses = self.spec['paths'][path][method.lower()]['responses']
        if difference:
            reason, schema = DIFFERENCES[difference]
            self.differences.add(f'{operation} {status}: {reason}')
        elif str(status) in responses and 'content' in responses[str(status)]:
            schema = responses[str(status)]['content']['application/json']['schema']
        elif status >= 400:
            self.undocumented.add(f'{operation} {status}')
            schema = {'$ref': '#/components/schemas/ErrorResponse'}
        else:
            self.failures.append(f'{where}: a success the description does not document')
            return
        errors = sorted(self.validator(schema).iter_errors(body), key=lambda e: list(e.absolute_path))
        for e in errors[:5]:
            self.failures.append(f'{where}: {"/".join(map(str, e.absolute_path)) or "(body)"}: {e.message[:300]}')
        if status >= 400 and isinstance(body, dict) and body.get('code') != status:
            self.failures.append(f'{where}: the error body says code {body.get("code")}')

    def expect(self, condition, message):
        self.checked += 1
        if not condition:
            self.failures.append(message)


def sign_in(sim, checker, mode, username, expected=200, difference=None):
    status, body = sim.request('POST', '/jwt', dict(CLIENT, grant_type='password', username=username,
                                                    password=PASSWORD))
    checker.check(mode, 'POST /jwt', status, body, expected, difference)
    return body


def directory_calls(sim, checker, mode, admin, basic):
    """Every documented directory and audit operation, as an administrator
    (helpdesk@demo, a Reseller) and as a basic user, successes and refusals."""
    c = checker.check
    c(mode, 'GET /jwt', *sim.request('GET', '/jwt', token=admin), 200)
    c(mode, 'GET /jwt', *sim.request('GET', '/jwt'), 401)
    c(mode, 'GET /domains', *sim.request('GET', '/domains', token=admin), 200)
    c(mode, 'GET /domains', *sim.request('GET', '/domains?start=1&limit=2', token=admin), 200)
    c(mode, 'GET /domains', *sim.request('GET', '/domains?limit=0', token=admin), 400)
    c(mode, 'GET /domains', *sim.request('GET', '/domains', token=basic), 403)
    status, users = sim.request('GET', '/domains/acme.demo/users?limit=1000', token=admin)
    c(mode, 'GET /domains/{domain}/users', status, users, 200)
    c(mode, 'GET /domains/{domain}/users', *sim.request('GET', '/domains/acme.demo/users?limit=1001', token=admin), 400)
    c(mode, 'GET /domains/{domain}/users', *sim.request('GET', '/domains/globex.demo/users', token=basic), 403)
    c(mode, 'GET /domains/{domain}/users', *sim.request('GET', '/domains/acme.demo/users'), 401)
    c(mode, 'GET /domains/{domain}/users/count', *sim.request('GET', '/domains/acme.demo/users/count', token=admin), 200)
    c(mode, 'GET /domains/{domain}/users/count', *sim.request('GET', '/domains/globex.demo/users/count', token=basic), 403)
    c(mode, 'GET /domains/{domain}/users/{user}', *sim.request('GET', '/domains/acme.demo/users/1001', token=admin), 200)
    c(mode, 'GET /domains/{domain}/users/{user}', *sim.request('GET', '/domains/~/users/~', token=basic), 200)
    c(mode, 'GET /domains/{domain}/users/{user}', *sim.request('GET', '/domains/acme.demo/users/basic', token=basic), 200)
    c(mode, 'GET /domains/{domain}/users/{user}', *sim.request('GET', '/domains/acme.demo/users/1001', token=basic), 403)
    c(mode, 'GET /domains/{domain}/users/{user}', *sim.request('GET', '/domains/acme.demo/users/nobody', token=admin), 404)
    c(mode, 'GET /auditlog', *sim.request('GET', '/auditlog?target-domain=acme.demo', token=admin), 200)
    c(mode, 'GET /auditlog', *sim.request('GET', '/auditlog?datetime-start=yesterday', token=admin), 400)
    c(mode, 'GET /auditlog', *sim.request('GET', '/auditlog', token=basic), 403)
    return users


def extension_mode(sim, checker):
    """Our portal: enrolls reseller@demo through the extension (the challenge
    in strict mode needs an enrolled user) and requires MFA of basic@acme.demo
    (who then has not enrolled)."""
    mode = 'extension'
    c = checker.check
    c(mode, 'POST /jwt', *sim.request('POST', '/jwt', {'grant_type': 'password'}), 400)
    c(mode, 'POST /jwt', *sim.request('POST', '/jwt', dict(CLIENT, grant_type='password', username='basic@acme.demo',
                                                            password='wrong')), 401)
    c(mode, 'POST /jwt', *sim.request('POST', '/jwt', dict(CLIENT, grant_type='magic')), 400)
    admin_pair = sign_in(sim, checker, mode, 'helpdesk@demo')
    basic = sign_in(sim, checker, mode, 'basic@acme.demo')['token']
    admin = admin_pair['token']

    # The refresh grant (/jwt#1): once, then the used token is refused.
    status, refreshed = sim.request('POST', '/jwt', dict(CLIENT, grant_type='refresh_token',
                                                         refresh=admin_pair['refresh']))
    c(mode, 'POST /jwt#1', status, refreshed, 200)
    c(mode, 'POST /jwt#1', *sim.request('POST', '/jwt', dict(CLIENT, grant_type='refresh_token',
                                                              refresh=admin_pair['refresh'])), 401)
    c(mode, 'POST /jwt#1', *sim.request('POST', '/jwt', {'grant_type': 'refresh_token'}), 400)
    admin = refreshed['token']

    users = directory_calls(sim, checker, mode, admin, basic)
    checker.expect(all('mfa-required' in u and 'mfa-enrolled' in u for u in users or []),
                   '[extension] user records lack the MFA fields')

    # Enroll reseller@demo (MFA required by the seed) through the extension.
    restricted = sign_in(sim, checker, mode, 'reseller@demo', difference='restricted-token-without-refresh')['token']
    checker.expect(claims_of(restricted).get('mfa_enrolled') is False, '[extension] no mfa_enrolled: false claim')
    c(mode, 'GET /domains', *sim.request('GET', '/domains', token=restricted), 403)
    status, enrollment = sim.request('POST', '/domains/~/users/~/mfa/enrollment', token=restricted)
    checker.expect(status == 201, f'[extension] enrollment answered {status}')
    secret = enrollment['secret']
    status, activated = sim.request('POST', '/domains/~/users/~/mfa/activate',
                                    {'passcode': totp(secret, time.time()), 'password': PASSWORD}, restricted)
    checker.expect(status == 200 and 'refresh' in activated, f'[extension] activation answered {status}')

    # The documented challenge (/jwt#2), refused and then passed.
    restricted = sign_in(sim, checker, mode, 'reseller@demo', difference='restricted-token-without-refresh')['token']
    checker.expect(claims_of(restricted).get('mfa_enrolled') is True, '[extension] no mfa_enrolled: true claim')
    challenge = dict(CLIENT, grant_type='mfa', username='reseller@demo', password=PASSWORD, mfa_vendor='google',
                     mfa_type='authenticator', ns_id_type='subscriber', access_token=restricted)
    wrong = f'{(int(totp(secret, time.time())) + 1) % 1000000:06d}'
    c(mode, 'POST /jwt#2', *sim.request('POST', '/jwt', dict(challenge, passcode=wrong)), 422)
    c(mode, 'POST /jwt#2', *sim.request('POST', '/jwt', {'grant_type': 'mfa'}), 400)
    # The activation used this step: the next one answers the challenge.
    status, full = sim.request('POST', '/jwt', dict(challenge, passcode=totp(secret, time.time() + 30)))
    c(mode, 'POST /jwt#2', status, full, 200)

    # basic@acme.demo must enroll from now on, and has not.
    status, body = sim.request('PUT', '/domains/acme.demo/users/basic/mfa', {'mfa-required': True}, admin)
    checker.expect(status == 200 and body.get('mfa-required') is True, f'[extension] require answered {status}')

    c(mode, 'DELETE /jwt', *sim.request('DELETE', '/jwt', token=full['token']), 202)
    c(mode, 'GET /jwt', *sim.request('GET', '/jwt', token=full['token']), 401)
    return secret


def strict_mode(sim, checker, secret):
    mode = 'strict'
    c = checker.check
    admin = sign_in(sim, checker, mode, 'helpdesk@demo')['token']
    c(mode, 'POST /jwt', *sim.request('POST', '/jwt', dict(CLIENT, grant_type='password', username='helpdesk@demo',
                                                            password='wrong')), 401)
    # Required but not enrolled: a stock portal lets the user in; they
    # enroll in its web portal.
    pending = sign_in(sim, checker, mode, 'basic@acme.demo')
    checker.expect('refresh' in pending and claims_of(pending['token'])['user_scope'] == 'Basic User',
                   '[strict] a user who has not enrolled did not get a full token')
    basic = pending['token']

    # Enrolled: the documented challenge, with no mfa_enrolled claim.
    restricted = sign_in(sim, checker, mode, 'reseller@demo', difference='restricted-token-without-refresh')['token']
    claims = claims_of(restricted)
    checker.expect(claims.get('user_scope') == 'mfa_required' and 'mfa_enrolled' not in claims,
                   f'[strict] restricted token claims: {sorted(claims)}')
    status, claims_answer = sim.request('GET', '/jwt', token=restricted)
    c(mode, 'GET /jwt', status, claims_answer, 200)
    c(mode, 'GET /domains', *sim.request('GET', '/domains', token=restricted), 403)
    challenge = dict(CLIENT, grant_type='mfa', username='reseller@demo', password=PASSWORD, mfa_vendor='google',
                     mfa_type='authenticator', ns_id_type='subscriber', access_token=restricted)
    # One step later than the extension mode's challenge used.
    status, full = sim.request('POST', '/jwt', dict(challenge, passcode=totp(secret, time.time() + 60)))
    if status == 422:  # that step is not yet within the portal's window: wait for it
        time.sleep(31 - time.time() % 30)
        status, full = sim.request('POST', '/jwt', dict(challenge, passcode=totp(secret, time.time() + 30)))
    c(mode, 'POST /jwt#2', status, full, 200)

    users = directory_calls(sim, checker, mode, admin, basic)
    leaked = sorted({k for u in users or [] for k in u if k.startswith('mfa')})
    checker.expect(not leaked, f'[strict] user records carry extension fields: {leaked}')
    for key in ('site', 'department', 'time-zone', 'account-status', 'language-token', 'caller-id-number'):
        checker.expect(all(key in u for u in users or []), f'[strict] user records lack the documented "{key}"')
    status, one = sim.request('GET', '/domains/acme.demo/users/1001', token=admin)
    checker.expect(status == 200 and not any(k.startswith('mfa') for k in one), '[strict] the look-up carries mfa-*')

    for method, path, token in (('POST', '/domains/~/users/~/mfa/enrollment', restricted),
                                ('POST', '/domains/~/users/~/mfa/activate', restricted),
                                ('PUT', '/domains/acme.demo/users/1001/mfa', admin),
                                ('DELETE', '/domains/acme.demo/users/1001/mfa', admin),
                                ('DELETE', '/domains/acme.demo/users/1001/mfa/lockout', admin),
                                ('PUT', '/domains/acme.demo/mfa-policy', admin)):
        status, body = sim.request(method, path, {}, token)
        checker.expect(status == 404, f'[strict] {method} {path} answered {status}, not 404')
    c(mode, 'DELETE /jwt', *sim.request('DELETE', '/jwt', token=full['token']), 202)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--sim', required=True)
    parser.add_argument('--subset', required=True)
    parser.add_argument('--reference', help='the full published description, when at hand: the subset must match it')
    args = parser.parse_args()
    with open(args.subset, encoding='utf-8') as f:
        subset = json.load(f)
    checker = Checker(subset)

    if args.reference and os.path.exists(args.reference):
        with open(args.reference, encoding='utf-8') as f:
            fresh = openapi_subset.dumps(openapi_subset.extract(json.load(f)))
        with open(args.subset, encoding='utf-8') as f:
            checker.expect(f.read() == fresh, f'{args.subset} no longer matches {args.reference}: run '
                                              'tests/conformance/openapi_subset.py to refresh it')
        print(f'subset checked against {args.reference}')
    else:
        print('the full description is not beside this clone; using the vendored subset only')

    data = tempfile.mkdtemp(prefix='pbx-conformance-')
    try:
        sim = Simulator(args.sim, data, strict=False)
        try:
            secret = extension_mode(sim, checker)
        finally:
            sim.stop()
        sim = Simulator(args.sim, data, strict=True)
        try:
            strict_mode(sim, checker, secret)
        finally:
            sim.stop()
    except Failure as e:
        checker.failures.append(str(e))
    finally:
        shutil.rmtree(data, ignore_errors=True)

    print(f'{checker.checked} answers and properties checked')
    print('Statuses the description does not list for the operation (validated as its ErrorResponse):')
    for item in sorted(checker.undocumented):
        print('  ' + item)
    print('Deliberate differences (docs/portal-api.md):')
    for item in sorted(checker.differences):
        print('  ' + item)
    for failure in checker.failures:
        print('FAIL ' + failure)
    passed = checker.checked - len(checker.failures)
    print(f'{passed} passed, {len(checker.failures)} failed')
    return 1 if checker.failures else 0


if __name__ == '__main__':
    sys.exit(main())

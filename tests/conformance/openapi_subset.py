#!/usr/bin/env python3
"""The part of the published NetSapiens API v2 description that PBX Admin
and pbx-portal-sim use: the operations below, and every schema they refer
to, unchanged. The conformance test validates against it, so it runs from a
fresh clone; when the full description is at hand it also checks that this
copy still matches it.

    python3 tests/conformance/openapi_subset.py FULL.json > tests/conformance/netsapiens-api-v2.subset.json
"""
import json
import sys

# (path as the description keys it, method): what the simulator serves.
OPERATIONS = [
    ('/jwt', 'post'),       # sign in (grant_type password)
    ('/jwt#1', 'post'),     # refresh
    ('/jwt#2', 'post'),     # the MFA challenge (grant_type mfa)
    ('/jwt', 'get'),
    ('/jwt', 'delete'),
    ('/domains', 'get'),
    ('/domains/{domain}/users', 'get'),
    ('/domains/{domain}/users/count', 'get'),
    ('/domains/{domain}/users/{user}', 'get'),
    ('/auditlog', 'get'),
]

SCHEMA_PREFIX = '#/components/schemas/'


def _refs(node):
    if isinstance(node, dict):
        ref = node.get('$ref')
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref[len(SCHEMA_PREFIX):]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def extract(full):
    paths = {}
    for path, method in OPERATIONS:
        paths.setdefault(path, {})[method] = full['paths'][path][method]
    schemas = full['components']['schemas']
    wanted, todo = set(), list(_refs(paths))
    while todo:
        name = todo.pop()
        if name in wanted:
            continue
        wanted.add(name)
        todo.extend(_refs(schemas[name]))
    return {
        'openapi': full['openapi'],
        'info': {
            'title': full['info'].get('title', ''),
            'version': full['info'].get('version', ''),
            'x-pbx-admin-subset': 'The operations PBX Admin uses, and the schemas they refer to, copied unchanged '
                                  'by tests/conformance/openapi_subset.py.',
        },
        'paths': paths,
        'components': {'schemas': {name: schemas[name] for name in sorted(wanted)}},
    }


def dumps(subset):
    return json.dumps(subset, indent=1, sort_keys=True, ensure_ascii=False) + '\n'


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: openapi_subset.py FULL.json > SUBSET.json')
    with open(sys.argv[1], encoding='utf-8') as f:
        sys.stdout.write(dumps(extract(json.load(f))))

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A Hyper-V WinRM (WS-Management) endpoint for tests: Enumerate/Pull of the KVP classes and the KVP methods of
Msvm_VirtualSystemManagementService. What was checked against published envelopes and what is inferred is listed in
docs/hyperv-wsman-server.md."""
import argparse
import base64
import contextlib
import fcntl
import functools
import json
import os
import re
import signal
import ssl
import sys
import threading
import uuid
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

S = 'http://www.w3.org/2003/05/soap-envelope'
A = 'http://schemas.xmlsoap.org/ws/2004/08/addressing'
W = 'http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd'
N = 'http://schemas.xmlsoap.org/ws/2004/09/enumeration'
XSI = 'http://www.w3.org/2001/XMLSchema-instance'
V2 = 'http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/'
WQL = 'http://schemas.microsoft.com/wbem/wsman/1/WQL'
ANONYMOUS = A + '/role/anonymous'
SERVICE = 'Msvm_VirtualSystemManagementService'
METHODS = ('AddKvpItems', 'ModifyKvpItems', 'RemoveKvpItems')
# The integration service id of "Key-Value Pair Exchange" as it appears in Hyper-V instance ids (inferred).
KVP_FEATURE = '2A34B1C2-FD73-4043-8A5B-DD2159BC743F'
MAX_ITEMS = 128
INVALID_PARAMETER, JOB_STARTED = 32773, 4096
KEY_FIELD, VALUE_FIELD = 512, 2048
RECORD = KEY_FIELD + VALUE_FIELD
# WinRM answers each fault with the Action of the specification the subcode comes from.
FAULT_DETAIL = 'http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/'
FAULT_ACTIONS = {'a': A + '/fault', 'n': N + '/fault', 'w': 'http://schemas.dmtf.org/wbem/wsman/1/wsman/fault'}


class Fault(Exception):
    def __init__(self, subcode, code, text, detail=None, value='Sender'):
        super().__init__(text)
        self.subcode, self.code, self.text, self.detail, self.value = subcode, code, text, detail, value


schema_fault = functools.partial(Fault, 'w:SchemaValidationError', 2150858817)
filter_fault = functools.partial(Fault, 'n:CannotProcessFilter', 2150858778)
parameter_fault = functools.partial(Fault, 'w:InvalidParameter', 2150858810)
selector_fault = functools.partial(Fault, 'w:InvalidSelectors', 2150858813)


def resource_fault(text, code=2150858752):
    return Fault('a:DestinationUnreachable', code, text, 'InvalidResourceURI')


def encode_record(key, value):
    return key.encode().ljust(KEY_FIELD, b'\0') + value.encode().ljust(VALUE_FIELD, b'\0')


def field(raw):
    return raw.split(b'\0', 1)[0].decode('utf-8', 'replace')


def read_rest(fd):
    data = b''
    while chunk := os.read(fd, 65536):
        data += chunk
    return data


def read_records(fd):
    os.lseek(fd, 0, os.SEEK_SET)
    data = read_rest(fd)
    # Like the daemon's fread of whole records: a partial trailing record is ignored.
    return [(field(data[i:i + KEY_FIELD]), field(data[i + KEY_FIELD:i + RECORD]))
            for i in range(0, len(data) - RECORD + 1, RECORD)]


@contextlib.contextmanager
def locked_pool(path, create):
    """Under the whole-file POSIX write lock hv_kvp_daemon takes (F_WRLCK, l_len 0), even for reading."""
    if create:
        os.makedirs(os.path.dirname(path), exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CLOEXEC | (os.O_CREAT if create else 0), 0o644)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)  # which releases the lock


def read_pool(path):
    if not os.path.exists(path):
        return None
    with locked_pool(path, False) as fd:
        return read_records(fd)


def write_pool(path, method, items):
    """Applies host changes record by record, the way the daemon answers the host's SET and DELETE."""
    with locked_pool(path, True) as fd:
        for key, value in items:
            keys = [k for k, _ in read_records(fd)]
            if method == 'RemoveKvpItems':
                if key in keys:
                    index = keys.index(key)
                    os.lseek(fd, (index + 1) * RECORD, os.SEEK_SET)
                    os.pwrite(fd, read_rest(fd), index * RECORD)
                    os.ftruncate(fd, (len(keys) - 1) * RECORD)
            elif key in keys:
                os.pwrite(fd, value.encode().ljust(VALUE_FIELD, b'\0'), keys.index(key) * RECORD + KEY_FIELD)
            else:
                os.pwrite(fd, encode_record(key, value), len(keys) * RECORD)


QUERY = re.compile(r"\s*SELECT\s+\*\s+FROM\s+(\w+)\s*(?:WHERE\s+(.+?))?\s*", re.IGNORECASE | re.DOTALL)
CONDITION = re.compile(r"\s*(\w+)\s*(=|<>|!=|LIKE\b)\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|-?\d+)\s*"
                       r"(?:AND\b(?=\s*\S)|$)", re.IGNORECASE)


def parse_wql(text):
    """SELECT * FROM Class [WHERE Prop =|<>|LIKE 'value' [AND ...]]: (class, [(prop, op, value)])."""
    query = QUERY.fullmatch(text)
    if not query:
        raise filter_fault(f"The WQL query {text!r} is not of the form SELECT * FROM <class> [WHERE ...].")
    conditions, where, position = [], query.group(2) or '', 0
    while position < len(where):
        condition = CONDITION.match(where, position)
        if not condition:
            raise filter_fault(f"The WQL query {text!r} has a condition that is not <property> =|<>|LIKE <value> "
                               f"(joined by AND) at {where[position:]!r}.")
        literal = condition.group(3)
        value = re.sub(r'\\(.)', r'\1', literal[1:-1]) if literal[0] in '\'"' else literal
        conditions.append((condition.group(1), condition.group(2).upper(), value))
        position = condition.end()
    return query.group(1), conditions


def like(pattern, value):
    expression = ''.join('.*' if c == '%' else '.' if c == '_' else re.escape(c) for c in pattern)
    return re.fullmatch(expression, value, re.IGNORECASE | re.DOTALL) is not None


def matches(props, conditions):
    lowered = {name.lower(): value for name, value in props.items()}
    for name, op, wanted in conditions:
        if name.lower() not in lowered:
            raise filter_fault(f"The class has no property {name!r} to filter on.")
        value = lowered[name.lower()]
        if value is None or isinstance(value, list):
            return False
        value = str(value).lower()
        if op == 'LIKE':
            ok = like(wanted, value)
        else:
            ok = value == wanted.lower()
            ok = not ok if op in ('<>', '!=') else ok
        if not ok:
            return False
    return True



def data_item(name, data, source):
    """A Msvm_KvpExchangeDataItem as the CIM-XML (DTD 2.0) text WMI's GetText(CimDtd20) produces."""
    def prop(prop_name, prop_type, value):
        inner = '' if value is None else f'<VALUE>{escape(str(value))}</VALUE>'
        return f'<PROPERTY NAME="{prop_name}" TYPE="{prop_type}">{inner}</PROPERTY>'
    return ('<INSTANCE CLASSNAME="Msvm_KvpExchangeDataItem">' + prop('Caption', 'string', None)
            + prop('Data', 'string', data) + prop('Description', 'string', None)
            + prop('ElementName', 'string', None) + prop('InstanceID', 'string', None)
            + prop('Name', 'string', name) + prop('Source', 'uint16', source) + '</INSTANCE>')


def parse_data_item(text):
    try:
        root = ET.fromstring(text.strip())
    except ET.ParseError as error:
        raise parameter_fault(f"A DataItems element does not hold a CIM-XML INSTANCE: {error}.") from None
    if root.tag != 'INSTANCE' or root.get('CLASSNAME') != 'Msvm_KvpExchangeDataItem':
        raise parameter_fault("A DataItems element holds something other than an INSTANCE of class "
                              f"Msvm_KvpExchangeDataItem (<{root.tag} CLASSNAME={root.get('CLASSNAME')!r}>).")
    props = {}
    for prop in root.findall('PROPERTY'):
        value = prop.find('VALUE')
        props[prop.get('NAME')] = None if value is None else (value.text or '')
    return props


class Model:
    def __init__(self, state, args):
        self.vms = state['vms']
        for vm in self.vms:
            vm['id'] = vm['id'].upper()
            vm.setdefault('host', {})
        self.args, self.jobs, self.contexts = args, {}, {}
        self.lock = threading.Lock()

    def vm(self, guid):
        return next((vm for vm in self.vms if vm['id'] == guid.upper()), None)

    def guest_items(self, vm):
        records = read_pool(os.path.join(self.args.pool_root, vm['name'], '.kvp_pool_1')) if self.args.pool_root \
            else None
        return records if records is not None else list(vm.get('guest', {}).items())

    def instances(self, cls):
        """Each instance as a function rendering its properties when it is pulled (so a job advances per read)."""
        host = self.args.host_name
        if cls == 'Msvm_ComputerSystem':
            systems = [lambda: {'Caption': 'Hosting Computer System', 'CreationClassName': 'Msvm_ComputerSystem',
                                'Description': 'Microsoft Hosting Computer System', 'ElementName': host,
                                'EnabledState': 2, 'Name': host, 'OtherEnabledState': None}]
            return systems + [lambda vm=vm: {
                'Caption': 'Virtual Machine', 'CreationClassName': 'Msvm_ComputerSystem',
                'Description': 'Microsoft Virtual Machine', 'ElementName': vm['name'], 'EnabledState': vm['state'],
                'Name': vm['id'], 'OtherEnabledState': None} for vm in self.vms]
        if cls == 'Msvm_KvpExchangeComponent':
            return [lambda vm=vm: self.component(vm) for vm in self.vms]
        if cls == 'Msvm_KvpExchangeComponentSettingData':
            return [lambda vm=vm: {
                'Caption': 'Key-Value Pair Exchange', 'DisableHostKVPItems': False, 'ElementName':
                'Key-Value Pair Exchange', 'HostExchangeItems': [data_item(k, v, 0) for k, v in vm['host'].items()],
                'InstanceID': f"Microsoft:{vm['id']}\\{KVP_FEATURE}\\0"} for vm in self.vms]
        if cls == 'Msvm_ConcreteJob':
            return [lambda advance=True, job=job: self.read_job(job, advance) for job in self.jobs.values()]
        if cls == SERVICE:
            return [lambda: {'Caption': 'Hyper-V Virtual System Management Service', 'CreationClassName': SERVICE,
                             'ElementName': 'Msvm_VirtualSystemManagementService', 'EnabledState': 2, 'Name': 'vmms',
                             'SystemCreationClassName': 'Msvm_ComputerSystem', 'SystemName': host}]
        return None

    def component(self, vm):
        # A VM that is not running has no integration services talking, so the host holds no guest items (inferred).
        running = vm['state'] == 2
        device = f"Microsoft:{vm['id']}\\{KVP_FEATURE}"
        return {'Caption': 'Key-Value Pair Exchange', 'CreationClassName': 'Msvm_KvpExchangeComponent',
                'Description': 'Microsoft Virtual Machine Key-Value Pair Exchange', 'DeviceID': device,
                'ElementName': 'Key-Value Pair Exchange', 'EnabledState': 2 if running else 3,
                'GuestExchangeItems': [data_item(k, v, 1) for k, v in self.guest_items(vm)] if running else [],
                'GuestIntrinsicExchangeItems': [data_item(k, v, 2) for k, v in vm.get('intrinsic', {}).items()]
                if running else [], 'Name': device, 'SystemCreationClassName': 'Msvm_ComputerSystem',
                'SystemName': vm['id']}

    def read_job(self, job, advance):
        if job['state'] == 4 and advance:
            job['reads'] += 1
            if job['reads'] > self.args.job_polls:
                error = self.apply(job['method'], job['vm'], job['items'])
                job['state'], job['error'] = (10, error) if error else (7, None)
        failed = job['state'] == 10
        return {'Caption': job['method'], 'Description': f"Hyper-V {job['method']} job",
                'ElementName': job['method'], 'ErrorCode': INVALID_PARAMETER if failed else 0,
                'ErrorDescription': job['error'], 'InstanceID': job['id'], 'JobState': job['state'],
                'PercentComplete': 100 if job['state'] != 4 else 50}

    def apply(self, method, guid, items):
        """Checks the whole call, then applies it: an error sentence (nothing applied) or None."""
        vm = self.vm(guid)
        if vm is None:
            return f"No virtual machine has the id {guid}."
        if not items:
            return "DataItems is empty."
        if len(items) > MAX_ITEMS:
            return f"{len(items)} DataItems were given; at most {MAX_ITEMS} are allowed in one call."
        pairs, seen = [], set()
        for props in items:
            name, data, source = props.get('Name'), props.get('Data'), props.get('Source')
            if not name:
                return "A data item has no Name."
            if source != '0':
                return f"The data item {name!r} has Source {source}; host items must have Source 0."
            if len(name.encode()) >= KEY_FIELD or len((data or '').encode()) >= VALUE_FIELD:
                return f"The data item {name!r} is longer than a guest pool record can hold."
            if method == 'AddKvpItems' and (name in vm['host'] or name in seen):
                return f"The key {name!r} already exists."
            if method == 'ModifyKvpItems' and name not in vm['host']:
                return f"The key {name!r} does not exist."
            seen.add(name)
            pairs.append((name, data or ''))
        for name, data in pairs:
            if method == 'RemoveKvpItems':
                vm['host'].pop(name, None)
            else:
                vm['host'][name] = data
        # The daemon only hears of host items while the guest runs (inferred: a stopped guest gets them at boot).
        if self.args.pool_root and vm['state'] == 2:
            write_pool(os.path.join(self.args.pool_root, vm['name'], '.kvp_pool_0'), method, pairs)
        return None



def envelope(action, relates_to, body):
    header = (f'<a:Action>{escape(action)}</a:Action><a:MessageID>uuid:{str(uuid.uuid4()).upper()}</a:MessageID>'
              f'<a:To>{ANONYMOUS}</a:To>')
    if relates_to:
        header += f'<a:RelatesTo>{escape(relates_to)}</a:RelatesTo>'
    return (f'<s:Envelope xml:lang="en-US" xmlns:s="{S}" xmlns:a="{A}" xmlns:n="{N}" xmlns:w="{W}">'
            f'<s:Header>{header}</s:Header><s:Body>{body}</s:Body></s:Envelope>').encode()


def fault_envelope(fault, relates_to, machine):
    detail = f'<w:FaultDetail>{FAULT_DETAIL}{fault.detail}</w:FaultDetail>' if fault.detail else ''
    body = (f'<s:Fault><s:Code><s:Value>s:{fault.value}</s:Value><s:Subcode><s:Value>{fault.subcode}</s:Value>'
            f'</s:Subcode></s:Code><s:Reason><s:Text xml:lang="en-US">{escape(fault.text)}</s:Text></s:Reason>'
            f'<s:Detail>{detail}<f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" '
            f'Code="{fault.code}" Machine="{machine}"><f:Message>{escape(fault.text)}</f:Message></f:WSManFault>'
            '</s:Detail></s:Fault>')
    return envelope(FAULT_ACTIONS[fault.subcode.split(':')[0]], relates_to, body)


def render_instance(cls, props):
    parts = [f'<p:{cls} xmlns:p="{V2}{cls}" xmlns:xsi="{XSI}" xsi:type="p:{cls}_Type">']
    # WMI hands properties over in alphabetical order.
    for name in sorted(props):
        values = props[name]
        for value in values if isinstance(values, list) and values else [values]:
            if value is None or value == []:
                parts.append(f'<p:{name} xsi:nil="true"/>')
            else:
                text = str(value).lower() if isinstance(value, bool) else str(value)
                parts.append(f'<p:{name}>{escape(text)}</p:{name}>')
    return ''.join(parts) + f'</p:{cls}>'


def text(element):
    return '' if element is None else ''.join(element.itertext()).strip()


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    server_version = 'Microsoft-HTTPAPI/2.0'

    def log_message(self, *args):
        pass  # one line per request is written by log_request_line instead

    def version_string(self):
        return self.server_version

    def log_request_line(self, action, cls, status, subcode=''):
        short = action.rsplit('/', 1)[-1] if action else '-'
        sys.stderr.write(f"wsman_server: {short} {cls or '-'} -> {status}{' ' + subcode if subcode else ''}\n")
        sys.stderr.flush()

    def reply(self, status, body=b'', headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if body:
            self.send_header('Content-Type', 'application/soap+xml;charset=UTF-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def authorized(self):
        scheme, _, token = self.headers.get('Authorization', '').partition(' ')
        if scheme.lower() != 'basic':
            return False
        try:
            user, _, password = base64.b64decode(token, validate=True).decode().partition(':')
        except (ValueError, UnicodeDecodeError):
            return False
        # Windows account names are case-insensitive; passwords are not.
        return user.lower() == self.server.args.user.lower() and password == self.server.password

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length') or 0))
        request, status, answer, headers = {}, 200, b'', ()
        if self.path.split('?')[0] != '/wsman':
            status = 404
        elif not self.authorized():
            # As WinRM: both schemes offered, no body.
            status, headers = 401, (('WWW-Authenticate', 'Negotiate'), ('WWW-Authenticate', 'Basic realm="WSMAN"'))
        elif self.headers.get('Content-Type', '').split(';')[0].strip().lower() != 'application/soap+xml':
            status = 415
        else:
            try:
                with self.server.model.lock:
                    answer = self.dispatch(body, request)
            except Fault as fault:
                status, request['fault'] = 500, fault.subcode
                answer = fault_envelope(fault, request.get('message_id'), self.server.args.machine)
        self.log_request_line(request.get('action'), request.get('class'), status, request.get('fault', ''))
        self.reply(status, answer, headers)

    def dispatch(self, body, request):
        try:
            root = ET.fromstring(body)
        except ET.ParseError as error:
            raise schema_fault(f"The request is not well-formed XML: {error}.") from None
        header, soap_body = root.find(f'{{{S}}}Header'), root.find(f'{{{S}}}Body')
        if root.tag != f'{{{S}}}Envelope' or header is None or soap_body is None:
            raise schema_fault("The request is not a SOAP 1.2 Envelope with a Header and a Body "
                               f"(the root element is {root.tag}).")
        request['message_id'] = text(header.find(f'{{{A}}}MessageID')) or None
        for path, name in ((f'{{{A}}}MessageID', 'a:MessageID'), (f'{{{A}}}Action', 'a:Action'),
                           (f'{{{A}}}To', 'a:To'), (f'{{{A}}}ReplyTo/{{{A}}}Address', 'a:ReplyTo/a:Address')):
            if not text(header.find(path)):
                raise Fault('a:MessageInformationHeaderRequired', 2150858769, f"The request has no {name} header.")
        action = request['action'] = text(header.find(f'{{{A}}}Action'))
        uri = text(header.find(f'{{{W}}}ResourceURI'))
        if not uri:
            raise resource_fault("The request has no w:ResourceURI header.", 2150858811)
        cls = request['class'] = uri[len(V2):] if uri.startswith(V2) else uri
        model = self.server.model
        if cls != '*' and (not uri.startswith(V2) or model.instances(cls) is None):
            raise resource_fault("The WS-Management service cannot process the request. The service cannot find "
                                 f"the resource identified by the resource URI {uri}.")
        if action == N + '/Enumerate':
            return self.enumerate(soap_body, cls, request)
        if action == N + '/Pull':
            return self.pull(soap_body, request)
        if action == N + '/Release':
            self.context(soap_body)
            del model.contexts[text(soap_body.find(f'{{{N}}}Release/{{{N}}}EnumerationContext'))]
            return envelope(N + '/ReleaseResponse', request['message_id'], '')
        method = action[len(V2 + SERVICE) + 1:] if action.startswith(V2 + SERVICE + '/') else None
        if method not in METHODS:
            raise Fault('a:ActionNotSupported', 2150858771, f"The action {action} is not supported by this "
                        "endpoint (only Enumerate, Pull, Release and the KVP methods of " + SERVICE + ").")
        if cls != SERVICE:
            raise resource_fault(f"The method {method} is not a method of {cls}.")
        return self.invoke(header, soap_body, method, request)

    def enumerate(self, body, uri_class, request):
        enum = body.find(f'{{{N}}}Enumerate')
        if enum is None:
            raise schema_fault("The Enumerate request has no n:Enumerate element in its Body.")
        wql = enum.find(f'{{{W}}}Filter')
        if wql is None:
            if uri_class == '*':
                raise filter_fault("An enumeration of the resource URI * needs a WQL filter.")
            cls, conditions = uri_class, []
        else:
            if wql.get('Dialect', WQL) != WQL:
                raise Fault('n:FilterDialectRequestedUnavailable', 2150858777,
                            f"The filter dialect {wql.get('Dialect')} is not supported; use {WQL}.")
            cls, conditions = parse_wql(text(wql))
            request['class'] = cls
        instances = self.server.model.instances(cls)
        if instances is None:
            raise filter_fault(f"The specified class does not exist in the given namespace: {cls}.")
        if uri_class not in ('*', cls):
            raise filter_fault(f"The WQL query names {cls} but the resource URI names {uri_class}.")
        # The selection is made now, on the values as they are now; each item is rendered when it is pulled.
        # Only what the client pulls counts as a read of a job, so filtering looks without advancing it.
        selected = []
        for render in instances:
            if cls == 'Msvm_ConcreteJob':
                if matches(render(advance=False), conditions):
                    selected.append(render)
            elif matches(props := render(), conditions):
                selected.append(lambda props=props: props)
        context = f'uuid:{str(uuid.uuid4()).upper()}'
        self.server.model.contexts[context] = (cls, selected)
        return envelope(N + '/EnumerateResponse', request['message_id'],
                        f'<n:EnumerateResponse><n:EnumerationContext>{context}</n:EnumerationContext>'
                        '</n:EnumerateResponse>')

    def context(self, body):
        element = body.find(f'.//{{{N}}}EnumerationContext')
        context = text(element)
        if context not in self.server.model.contexts:
            raise Fault('n:InvalidEnumerationContext', 2150858779, f"The enumeration context {context or '(none)'} "
                        "is not valid: it is unknown, finished or released. Start a new enumeration.",
                        value='Receiver')
        return context

    def pull(self, body, request):
        if body.find(f'{{{N}}}Pull') is None:
            raise schema_fault("The Pull request has no n:Pull element in its Body.")
        context = self.context(body)
        maximum = text(body.find(f'{{{N}}}Pull/{{{N}}}MaxElements')) or '1'
        if not maximum.isdigit() or int(maximum) < 1:
            raise schema_fault(f"MaxElements {maximum!r} is not a positive integer.")
        count = int(maximum)
        if self.server.args.page_size > 0:
            count = min(count, self.server.args.page_size)
        cls, remaining = self.server.model.contexts[context]
        if request['class'] != cls:
            # libvirt's hypervEnumAndPull pulls with the class's own resource URI, not the namespace's '*'.
            raise resource_fault(f"The Pull names the resource {request['class']}, but the enumeration is of {cls}.")
        request['class'] = cls
        page, rest = remaining[:count], remaining[count:]
        items = ''.join(render_instance(cls, render()) for render in page)
        if rest:
            self.server.model.contexts[context] = (cls, rest)
            tail = f'<n:EnumerationContext>{context}</n:EnumerationContext><n:Items>{items}</n:Items>'
        else:
            del self.server.model.contexts[context]
            tail = f'<n:Items>{items}</n:Items><n:EndOfSequence/>'
        return envelope(N + '/PullResponse', request['message_id'], f'<n:PullResponse>{tail}</n:PullResponse>')

    def invoke(self, header, body, method, request):
        selectors = {s.get('Name'): text(s) for s in header.findall(f'{{{W}}}SelectorSet/{{{W}}}Selector')}
        if selectors.get('CreationClassName') != SERVICE:
            raise selector_fault(f"The selectors {selectors or '(none)'} do not name {SERVICE}: the selector "
                                 f"CreationClassName={SERVICE} is required.", 'InsufficientSelectors')
        expected = {'CreationClassName': SERVICE, 'Name': 'vmms', 'SystemCreationClassName': 'Msvm_ComputerSystem',
                    'SystemName': self.server.args.host_name}
        for name, value in selectors.items():
            if name not in expected or expected[name].lower() != value.lower():
                raise selector_fault(f"The selector {name}={value!r} does not identify the {SERVICE} instance.",
                                     'InvalidValue')
        service = V2 + SERVICE
        arguments = body.find(f'{{{service}}}{method}_INPUT')
        if arguments is None:
            raise schema_fault(f"The Body has no p:{method}_INPUT element in the namespace {service}.")
        target = arguments.find(f'{{{service}}}TargetSystem')
        reference = None if target is None else target.find(f'{{{A}}}ReferenceParameters')
        if reference is None:
            raise parameter_fault(f"{method} needs a TargetSystem endpoint reference with a:ReferenceParameters.")
        target_uri = text(reference.find(f'{{{W}}}ResourceURI'))
        target_selectors = {s.get('Name'): text(s) for s in
                            reference.findall(f'{{{W}}}SelectorSet/{{{W}}}Selector')}
        if target_uri != V2 + 'Msvm_ComputerSystem' or not target_selectors.get('Name') \
                or target_selectors.get('CreationClassName', 'Msvm_ComputerSystem') != 'Msvm_ComputerSystem':
            raise parameter_fault(f"TargetSystem must reference {V2}Msvm_ComputerSystem with a Name selector "
                                  f"(got {target_uri or 'no resource URI'} and selectors {target_selectors}).")
        items = []
        for element in arguments.findall(f'{{{service}}}DataItems'):
            if element.get(f'{{{XSI}}}nil') == 'true':
                continue
            if len(element):
                raise parameter_fault("A DataItems element has child elements: the INSTANCE must be its text "
                                      "(escaped or CDATA), since the parameter is a string.")
            items.append(parse_data_item(text(element)))
        model, guid = self.server.model, target_selectors['Name']
        job_epr = ''
        if self.server.args.jobs:
            job_id = str(uuid.uuid4()).upper()
            model.jobs[job_id] = {'id': job_id, 'method': method, 'vm': guid, 'items': items, 'state': 4,
                                  'reads': 0, 'error': None}
            job_epr = (f'<p:Job><a:Address>{ANONYMOUS}</a:Address><a:ReferenceParameters>'
                       f'<w:ResourceURI>{V2}Msvm_ConcreteJob</w:ResourceURI><w:SelectorSet>'
                       f'<w:Selector Name="InstanceID">{job_id}</w:Selector></w:SelectorSet>'
                       '</a:ReferenceParameters></p:Job>')
            result = JOB_STARTED
        else:
            result = INVALID_PARAMETER if model.apply(method, guid, items) else 0
        return envelope(f'{service}/{method}Response', request['message_id'],
                        f'<p:{method}_OUTPUT xmlns:p="{service}">{job_epr}<p:ReturnValue>{result}</p:ReturnValue>'
                        f'</p:{method}_OUTPUT>')


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def finish_request(self, request, client_address):
        # The TLS handshake runs here, in the connection's own thread, so a slow client cannot stall accept().
        if self.tls:
            try:
                request = self.tls.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError) as error:
                sys.stderr.write(f"wsman_server: TLS handshake failed: {error}\n")
                return
        super().finish_request(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--state', required=True, help='JSON file: {"vms": [...]}')
    parser.add_argument('--pool-root', help='guest pool files under <root>/<vm name>/.kvp_pool_N')
    parser.add_argument('--port', type=int, default=0)
    parser.add_argument('--page-size', type=int, default=0, help='most items in one PullResponse (0: no limit)')
    parser.add_argument('--jobs', action='store_true', help='methods return 4096 and a Msvm_ConcreteJob')
    parser.add_argument('--job-polls', type=int, default=2, help='reads a job stays running for')
    parser.add_argument('--tls', nargs=2, metavar=('CERT', 'KEY'))
    parser.add_argument('--user', default='Administrator')
    parser.add_argument('--password-env', default='VMDESK_WSMAN_PASSWORD',
                        help='name of the environment variable holding the password')
    parser.add_argument('--host-name', default='HYPERV-TEST')
    parser.add_argument('--machine', default='hyperv-test', help='Machine attribute of faults')
    args = parser.parse_args()
    password = os.environ.get(args.password_env)
    if password is None:
        parser.error(f"the environment variable {args.password_env} (the password) is not set")
    with open(args.state, encoding='utf-8') as file:
        state = json.load(file)
    server = Server(('127.0.0.1', args.port), Handler)
    server.args, server.password, server.model = args, password, Model(state, args)
    server.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) if args.tls else None
    if args.tls:
        server.tls.load_cert_chain(*args.tls)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f'listening on {server.server_address[1]}', flush=True)
    server.serve_forever()
    server.server_close()


if __name__ == '__main__':
    main()

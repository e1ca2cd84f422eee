<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>pbx::DemoPortalProcess</name>
    <message>
        <source>it did not say where it listens within a minute.</source>
        <translation>no indicó su dirección en menos de un minuto.</translation>
    </message>
    <message>
        <source>%1 could not be run (%2).</source>
        <translation>no se pudo ejecutar %1 (%2).</translation>
    </message>
    <message>
        <source>it ended before it was ready (exit code %1).</source>
        <translation>terminó antes de estar listo (código de salida %1).</translation>
    </message>
    <message>
        <source>The demo portal stopped (exit code %1).</source>
        <translation>El portal de demostración se detuvo (código de salida %1).</translation>
    </message>
    <message>
        <source>it said something unexpected.</source>
        <translation>respondió algo inesperado.</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>El portal de demostración no pudo iniciarse: %1</translation>
    </message>
</context>
<context>
    <name>pbx::EnrollmentTrendModel</name>
    <message>
        <source>Enrollments from the first week shown to this one</source>
        <translation>Inscripciones desde la primera semana mostrada hasta esta</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>users enrolled that week</comment>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Acumulado</translation>
    </message>
</context>
<context>
    <name>pbx::MfaState</name>
    <message>
        <source>Not required</source>
        <translation>No obligatoria</translation>
    </message>
    <message>
        <source>Required, pending</source>
        <translation>Obligatoria, pendiente</translation>
    </message>
    <message>
        <source>Enrolled since %1</source>
        <translation>Configurada desde el %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Configurada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>This portal does not report MFA state.</source>
        <translation>Este portal no informa del estado de MFA.</translation>
    </message>
</context>
<context>
    <name>pbx::MfaSummaryModel</name>
    <message>
        <source>Of the users who must use MFA, the share enrolled</source>
        <translation>De los usuarios que deben usar MFA, la parte inscrita</translation>
    </message>
    <message>
        <source>Pending past the domain&apos;s enrollment deadline</source>
        <translation>Pendientes después de la fecha límite de inscripción del dominio</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>users, counted</comment>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>users, counted</comment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Not required</source>
        <comment>users, counted</comment>
        <translation>No obligados</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>users, counted</comment>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>users, counted</comment>
        <translation>Bloqueados</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>users, counted</comment>
        <translation>Desconocidos</translation>
    </message>
</context>
<context>
    <name>pbx::PortalClient</name>
    <message>
        <source>Enter the portal address.</source>
        <translation>Introduzca la dirección del portal.</translation>
    </message>
    <message>
        <source>“%1” is not a valid portal address.</source>
        <translation>«%1» no es una dirección de portal válida.</translation>
    </message>
    <message>
        <source>Use https:// for %1: passwords are never sent over plain http.</source>
        <translation>Use https:// para %1: las contraseñas nunca se envían por http sin cifrar.</translation>
    </message>
    <message>
        <source>The portal address must start with https://.</source>
        <translation>La dirección del portal debe empezar por https://.</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name.</source>
        <translation>La dirección del portal no debe contener un nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>pbx::PortalError</name>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Multi-factor authentication must be completed first.</source>
        <translation>Primero debe completarse la autenticación multifactor.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app; if it keeps failing, turn on automatic date and time on your phone.</source>
        <translation>El código no fue aceptado. Introduzca el código actual de su aplicación de autenticación; si sigue fallando, active la fecha y hora automáticas en su teléfono.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>The setup has expired. Start again to get a new code to scan.</source>
        <translation>La configuración ha caducado. Empiece de nuevo para obtener un código nuevo que escanear.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (SHA-256 fingerprint %1).</source>
        <translation>El certificado del portal no es de confianza (huella SHA-256 %1).</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate expired on %1.</source>
        <translation>El certificado del portal caducó el %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not valid until %1. Check this computer&apos;s date and time.</source>
        <translation>El certificado del portal no es válido hasta el %1. Compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate was issued for another host name (%1).</source>
        <translation>El certificado del portal se emitió para otro nombre de host (%1).</translation>
    </message>
    <message>
        <source>The portal presented a different certificate from the one you trusted (now %1). Someone may be intercepting the connection.</source>
        <translation>El portal presentó un certificado distinto del que usted aprobó (ahora %1). Es posible que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (the portal may only offer outdated TLS versions).</source>
        <translation>No se pudo establecer una conexión segura (puede que el portal solo ofrezca versiones obsoletas de TLS).</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed: %1</source>
        <translation>Falló la conexión segura con el portal: %1</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check the address and your network connection.</source>
        <translation>No se puede acceder al portal. Compruebe la dirección y su conexión de red.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again.</source>
        <translation>El portal no respondió a tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The portal had an internal problem (HTTP %1). Try again later.</source>
        <translation>El portal tuvo un problema interno (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The portal sent a response this application does not understand.</source>
        <translation>El portal envió una respuesta que esta aplicación no entiende.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The portal does not offer this function.</source>
        <translation>El portal no ofrece esta función.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The portal tried to send this request to another or insecure address (%1); it was stopped.</source>
        <translation>El portal intentó enviar esta solicitud a otra dirección o a una dirección insegura (%1); se detuvo.</translation>
    </message>
    <message>
        <source>The proxy could not be used (%1). Check the proxy under Advanced.</source>
        <translation>No se pudo usar el proxy (%1). Compruebe el proxy en Avanzado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>El portal está ocupado. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>El portal está ocupado. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Ask your administrator to unlock it.</source>
        <translation>Esta cuenta está bloqueada tras demasiados intentos fallidos. Pida a su administrador que la desbloquee.</translation>
    </message>
    <message>
        <source>This change needs your password and, if your account uses multi-factor authentication, a new code from your authenticator app.</source>
        <translation>Este cambio requiere su contraseña y, si su cuenta usa autenticación multifactor, un código nuevo de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Your portal requires multi-factor authentication for this account, but it does not let this application set it up. Set it up in your provider&apos;s web portal (%1), then sign in again.</source>
        <translation>Su portal exige la autenticación multifactor para esta cuenta, pero no permite que esta aplicación la configure. Configúrela en el portal web de su proveedor (%1) y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>There is no such user in that domain.</source>
        <translation>Ese usuario no existe en ese dominio.</translation>
    </message>
    <message>
        <source>The code was not accepted: it is wrong, has expired or has been used already.</source>
        <translation>El código no fue aceptado: es incorrecto, ha caducado o ya se usó.</translation>
    </message>
    <message>
        <source>This user has already set up multi-factor authentication.</source>
        <translation>Este usuario ya ha configurado la autenticación multifactor.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is larger than this application accepts.</source>
        <translation>La respuesta del portal supera el tamaño que esta aplicación acepta.</translation>
    </message>
</context>
<context>
    <name>pbx::ProxySettings</name>
    <message>
        <source>Enter the proxy as host:port, for example proxy.example.com:3128.</source>
        <translation>Introduzca el proxy como host:puerto, por ejemplo proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>The proxy must be system, none, http://host:port or socks5://host:port.</source>
        <translation>El proxy debe ser system, none, http://host:puerto o socks5://host:puerto.</translation>
    </message>
</context>
<context>
    <name>pbx::Session</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
</context>
<context>
    <name>pbx::TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de autoridad de certificación %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>El archivo de autoridad de certificación %1 no contiene ningún certificado.</translation>
    </message>
</context>
<context>
    <name>pbx::UserDetails</name>
    <message>
        <source>Recovery codes left</source>
        <translation>Códigos de recuperación restantes</translation>
    </message>
    <message>
        <source>MFA due by</source>
        <translation>MFA pendiente hasta</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloqueado hasta</translation>
    </message>
    <message>
        <source>an administrator unlocks it</source>
        <translation>que un administrador lo desbloquee</translation>
    </message>
    <message>
        <source>Temporary access code valid until</source>
        <translation>Código de acceso temporal válido hasta</translation>
    </message>
</context>
<context>
    <name>pbx::UsersTableModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>MFA state</source>
        <translation>Estado de MFA</translation>
    </message>
</context>
<context>
    <name>pbx::cli::Cli</name>
    <message>
        <source>Multi-factor authentication must be set up for this account.</source>
        <translation>Hay que configurar la autenticación multifactor para esta cuenta.</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app:</source>
        <translation>Escanee este código con su aplicación de autenticación:</translation>
    </message>
    <message>
        <source>Or enter this key by hand:</source>
        <translation>O introduzca esta clave a mano:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritmo:</translation>
    </message>
    <message>
        <source>digits:</source>
        <translation>dígitos:</translation>
    </message>
    <message>
        <source>period:</source>
        <translation>período:</translation>
    </message>
    <message>
        <source>Save these recovery codes somewhere safe. Each signs you in once if you lose your phone (pbx-admin-cli login --recovery-code); they are not shown again.</source>
        <translation>Guarde estos códigos de recuperación en un lugar seguro. Cada uno le permite iniciar sesión una vez si pierde el teléfono (pbx-admin-cli login --recovery-code); no se volverán a mostrar.</translation>
    </message>
    <message>
        <source>Portal URL (https://...).</source>
        <translation>Dirección del portal (https://...).</translation>
    </message>
    <message>
        <source>Username.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <source>API client ID.</source>
        <translation>ID del cliente de la API.</translation>
    </message>
    <message>
        <source>API client secret (visible to other users in the process list: prefer --client-secret-file or PBX_CLIENT_SECRET).</source>
        <translation>Secreto del cliente de la API (visible para otros usuarios en la lista de procesos: mejor --client-secret-file o PBX_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Read the API client secret from the first line of FILE.</source>
        <translation>Leer el secreto del cliente de la API de la primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Confiar también en los certificados de CA de ARCHIVO (PEM).</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint.</source>
        <translation>Confiar exactamente en el certificado con esta huella SHA-256.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>The code from the authenticator app (without it, the next line of standard input).</source>
        <translation>El código de la aplicación de autenticación (si no se da, la siguiente línea de la entrada estándar).</translation>
    </message>
    <message>
        <source>system (the default), none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>system (predeterminado), none, http://HOST:PUERTO o socks5://HOST:PUERTO.</translation>
    </message>
    <message>
        <source>Answer the MFA challenge with a recovery code instead of a code from the app.</source>
        <translation>Responder a la verificación MFA con un código de recuperación en lugar de un código de la aplicación.</translation>
    </message>
    <message>
        <source>Answer the MFA challenge with a temporary access code from the help desk, then set up a new authenticator app.</source>
        <translation>Responder a la verificación MFA con un código de acceso temporal del servicio de asistencia y luego configurar una nueva aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Give the client secret once: --client-secret, --client-secret-file or PBX_CLIENT_SECRET.</source>
        <translation>Indique el secreto del cliente una sola vez: --client-secret, --client-secret-file o PBX_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>--client-secret-file: cannot read %1: %2</source>
        <translation>--client-secret-file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--client-secret-file: %1 is empty.</source>
        <translation>--client-secret-file: %1 está vacío.</translation>
    </message>
    <message>
        <source>PBX_CLIENT_SECRET is empty.</source>
        <translation>PBX_CLIENT_SECRET está vacío.</translation>
    </message>
    <message>
        <source>--ca and --pin cannot be used together.</source>
        <translation>--ca y --pin no pueden usarse juntos.</translation>
    </message>
    <message>
        <source>--recovery-code and --temporary-access cannot be used together.</source>
        <translation>--recovery-code y --temporary-access no pueden usarse juntos.</translation>
    </message>
    <message>
        <source>--pin takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--pin espera una huella SHA-256: 64 dígitos hexadecimales, se admiten dos puntos.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input is empty.</source>
        <translation>--password-stdin: la entrada estándar está vacía.</translation>
    </message>
    <message>
        <source>Portal URL: </source>
        <translation>Dirección del portal: </translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nombre de usuario: </translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>ID del cliente: </translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>Secreto del cliente: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s).</source>
        <translation>
            <numerusform>El portal está ocupado; se reintentará en %n segundo.</numerusform>
            <numerusform>El portal está ocupado; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Código de su aplicación de autenticación: </translation>
    </message>
    <message>
        <source>This account uses multi-factor authentication.</source>
        <translation>Esta cuenta usa autenticación multifactor.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <source>Temporary access code: </source>
        <translation>Código de acceso temporal: </translation>
    </message>
    <message>
        <source>Recovery codes left: %1</source>
        <translation>Códigos de recuperación restantes: %1</translation>
    </message>
    <message>
        <source>Sign in to a PBX portal, completing MFA enrollment or challenge.</source>
        <translation>Iniciar sesión en un portal PBX, completando la configuración o la verificación de MFA.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), scope %3, domain %4.</source>
        <translation>Sesión iniciada como %1 (%2), ámbito %3, dominio %4.</translation>
    </message>
    <message numerus="yes">
        <source>Multi-factor authentication must be set up by %1 (%n day(s) left). Sign in with pbx-admin to set it up.</source>
        <translation>
            <numerusform>Hay que configurar la autenticación multifactor antes del %1 (queda %n día). Inicie sesión con pbx-admin para configurarla.</numerusform>
            <numerusform>Hay que configurar la autenticación multifactor antes del %1 (quedan %n días). Inicie sesión con pbx-admin para configurarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>List a domain&apos;s users with their MFA state.</source>
        <translation>Listar los usuarios de un dominio con su estado de MFA.</translation>
    </message>
    <message>
        <source>The domain.</source>
        <translation>El dominio.</translation>
    </message>
    <message>
        <source>Only users in this MFA state: pending, enrolled, not-required or unknown.</source>
        <translation>Solo los usuarios en este estado de MFA: pending, enrolled, not-required o unknown.</translation>
    </message>
    <message>
        <source>Write CSV instead of a table.</source>
        <translation>Escribir CSV en lugar de una tabla.</translation>
    </message>
    <message>
        <source>users list needs --domain D.</source>
        <translation>users list necesita --domain D.</translation>
    </message>
    <message>
        <source>--mfa takes pending, enrolled, not-required or unknown.</source>
        <translation>--mfa espera pending, enrolled, not-required o unknown.</translation>
    </message>
    <message>
        <source>MFA state</source>
        <translation>Estado de MFA</translation>
    </message>
    <message>
        <source>--mfa %1 cannot be fully answered (users whose MFA state is unknown: %2 of %3). %4</source>
        <translation>--mfa %1 no puede responderse por completo (usuarios con estado de MFA desconocido: %2 de %3). %4</translation>
    </message>
    <message>
        <source>Show one user of a domain with their MFA state.</source>
        <translation>Mostrar un usuario de un dominio con su estado de MFA.</translation>
    </message>
    <message>
        <source>The user&apos;s domain.</source>
        <translation>El dominio del usuario.</translation>
    </message>
    <message>
        <source>The user (as in the user column, e.g. 1001).</source>
        <translation>El usuario (como en la columna de usuario, p. ej. 1001).</translation>
    </message>
    <message>
        <source>users show needs --domain D and one user.</source>
        <translation>users show necesita --domain D y un usuario.</translation>
    </message>
    <message>
        <source>Require MFA, stop requiring it, reset it, unlock accounts, send reminders, or issue temporary access codes.</source>
        <translation>Exigir MFA, dejar de exigirla, restablecerla, desbloquear cuentas, enviar recordatorios o emitir códigos de acceso temporal.</translation>
    </message>
    <message>
        <source>The users&apos; domain.</source>
        <translation>El dominio de los usuarios.</translation>
    </message>
    <message>
        <source>temporary-access: why, for the audit log (e.g. a ticket number).</source>
        <translation>temporary-access: el motivo, para el registro de auditoría (p. ej. un número de ticket).</translation>
    </message>
    <message>
        <source>require, unrequire, reset, unlock, remind or temporary-access</source>
        <translation>require, unrequire, reset, unlock, remind o temporary-access</translation>
    </message>
    <message>
        <source>The users (as in the user column, e.g. 1001).</source>
        <translation>Los usuarios (como en la columna de usuario, p. ej. 1001).</translation>
    </message>
    <message>
        <source>mfa takes require, unrequire, reset, unlock, remind or temporary-access.</source>
        <translation>mfa espera require, unrequire, reset, unlock, remind o temporary-access.</translation>
    </message>
    <message>
        <source>mfa %1 needs --domain D and at least one user.</source>
        <translation>mfa %1 necesita --domain D y al menos un usuario.</translation>
    </message>
    <message>
        <source>reminder sent</source>
        <translation>recordatorio enviado</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (válido hasta el %2)</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>%1 needs a new code from your authenticator app: </source>
        <translation>%1 necesita un código nuevo de su aplicación de autenticación: </translation>
    </message>
    <message>
        <source>Set a domain&apos;s MFA enrollment deadline: until then, users who must set up MFA may still sign in and do it later. &apos;none&apos; removes it.</source>
        <translation>Fijar la fecha límite de inscripción en MFA de un dominio: hasta entonces, los usuarios que deben configurar MFA aún pueden iniciar sesión y hacerlo más tarde. «none» la quita.</translation>
    </message>
    <message>
        <source>A date (through its end), an ISO 8601 date and time, or none.</source>
        <translation>Una fecha (hasta su final), una fecha y hora ISO 8601, o none.</translation>
    </message>
    <message>
        <source>mfa deadline needs --domain D and a date, or none.</source>
        <translation>mfa deadline necesita --domain D y una fecha, o none.</translation>
    </message>
    <message>
        <source>mfa deadline takes a date such as 2027-01-31, a date and time such as 2027-01-31T17:00:00+01:00, or none.</source>
        <translation>mfa deadline espera una fecha como 2027-01-31, una fecha y hora como 2027-01-31T17:00:00+01:00, o none.</translation>
    </message>
    <message>
        <source>MFA enrollment due by %1</source>
        <translation>Inscripción en MFA exigida antes del %1</translation>
    </message>
    <message>
        <source>no MFA enrollment deadline</source>
        <translation>sin fecha límite de inscripción en MFA</translation>
    </message>
    <message>
        <source>How far along with MFA each domain of your scope is, or one domain: users, enrolled, pending, not required, overdue, locked.</source>
        <translation>Cómo va la MFA en cada dominio de su ámbito, o en uno: usuarios, configurados, pendientes, sin obligación, atrasados, bloqueados.</translation>
    </message>
    <message>
        <source>Only this domain.</source>
        <translation>Solo este dominio.</translation>
    </message>
    <message>
        <source>--domain needs a domain.</source>
        <translation>--domain necesita un dominio.</translation>
    </message>
    <message>
        <source>All domains (%1)</source>
        <translation>Todos los dominios (%1)</translation>
    </message>
    <message>
        <source>the portal offers no MFA summary; counted from the directory listing (%1 users, %2 s).</source>
        <translation>el portal no ofrece resumen de MFA; contado a partir del listado del directorio (%1 usuarios, %2 s).</translation>
    </message>
    <message>
        <source>MFA state unknown for %1 of %2 users; they are in no other count. %3</source>
        <translation>Estado de MFA desconocido para %1 de %2 usuarios; no figuran en ningún otro recuento. %3</translation>
    </message>
    <message>
        <source>Replace your recovery codes. Asks for a new code from your authenticator app (the next line of standard input after the sign-in&apos;s).</source>
        <translation>Reemplazar sus códigos de recuperación. Pide un código nuevo de su aplicación de autenticación (la línea de la entrada estándar que sigue a la del inicio de sesión).</translation>
    </message>
    <message>
        <source>A new code from your authenticator app, to confirm: </source>
        <translation>Un código nuevo de su aplicación de autenticación, para confirmar: </translation>
    </message>
    <message>
        <source>Show the MFA audit log of a domain.</source>
        <translation>Mostrar el registro de auditoría de MFA de un dominio.</translation>
    </message>
    <message>
        <source>Only events from this date or time (ISO 8601).</source>
        <translation>Solo los eventos desde esta fecha u hora (ISO 8601).</translation>
    </message>
    <message>
        <source>audit needs --domain D.</source>
        <translation>audit necesita --domain D.</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--since espera una fecha como 2026-11-01 o 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>Usage: pbx-admin-cli COMMAND SIGN-IN-OPTIONS...
Commands:
  login
  users list --domain D [--mfa pending|enrolled|not-required|unknown] [--csv]
  users show --domain D USER
  mfa require|unrequire|reset|unlock|remind --domain D USER...
  mfa temporary-access --domain D [--lifetime MINUTES] [--reason TEXT] USER...
  mfa deadline --domain D DATE|none
  mfa summary [--domain D] [--csv]
  recovery-codes
  audit --domain D [--since DATE]
Sign-in options: --server URL --user U --client-id ID
  [--client-secret-file FILE | --client-secret S] (or PBX_CLIENT_SECRET)
  [--ca FILE | --pin SHA256] [--proxy PROXY] [--password-stdin] [--passcode CODE]
  [--recovery-code | --temporary-access]
Without --passcode, the code is read from the next line of standard input.
Run &apos;pbx-admin-cli COMMAND --help&apos; for details.</source>
        <translation>Uso: pbx-admin-cli COMANDO OPCIONES-DE-INICIO-DE-SESIÓN...
Comandos:
  login
  users list --domain D [--mfa pending|enrolled|not-required|unknown] [--csv]
  users show --domain D USUARIO
  mfa require|unrequire|reset|unlock|remind --domain D USUARIO...
  mfa temporary-access --domain D [--lifetime MINUTOS] [--reason TEXTO] USUARIO...
  mfa deadline --domain D FECHA|none
  mfa summary [--domain D] [--csv]
  recovery-codes
  audit --domain D [--since FECHA]
Opciones de inicio de sesión: --server URL --user U --client-id ID
  [--client-secret-file ARCHIVO | --client-secret S] (o PBX_CLIENT_SECRET)
  [--ca ARCHIVO | --pin SHA256] [--proxy PROXY] [--password-stdin] [--passcode CÓDIGO]
  [--recovery-code | --temporary-access]
Sin --passcode, el código se lee de la siguiente línea de la entrada estándar.
Ejecute «pbx-admin-cli COMANDO --help» para más detalles.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>temporary-access: minutes the code is valid (%1 to %2; %3).</source>
        <translation>temporary-access: minutos de validez del código (%1 a %2; %3).</translation>
    </message>
    <message>
        <source>--lifetime takes minutes from %1 to %2.</source>
        <translation>--lifetime espera minutos de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>pbx::csv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pbx::mfa</name>
    <message>
        <source>The key URI is too long.</source>
        <translation>La URI de la clave es demasiado larga.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// key URI.</source>
        <translation>Esta no es una URI de clave otpauth://.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) keys are not supported; only time-based (TOTP) keys are.</source>
        <translation>Las claves basadas en contador (HOTP) no son compatibles; solo lo son las basadas en tiempo (TOTP).</translation>
    </message>
    <message>
        <source>The key type is neither totp nor hotp.</source>
        <translation>El tipo de clave no es totp ni hotp.</translation>
    </message>
    <message>
        <source>The key URI has no account label.</source>
        <translation>La URI de la clave no tiene etiqueta de cuenta.</translation>
    </message>
    <message>
        <source>The account label is too long.</source>
        <translation>La etiqueta de la cuenta es demasiado larga.</translation>
    </message>
    <message>
        <source>The key URI contains invalid percent-encoding.</source>
        <translation>La URI de la clave contiene una codificación porcentual no válida.</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>El nombre de la cuenta está vacío.</translation>
    </message>
    <message>
        <source>The issuer is empty.</source>
        <translation>El emisor está vacío.</translation>
    </message>
    <message>
        <source>The issuer in the label differs from the issuer parameter.</source>
        <translation>El emisor de la etiqueta difiere del parámetro issuer.</translation>
    </message>
    <message>
        <source>The issuer must not contain a colon.</source>
        <translation>El emisor no debe contener dos puntos.</translation>
    </message>
    <message>
        <source>A parameter appears more than once.</source>
        <translation>Un parámetro aparece más de una vez.</translation>
    </message>
    <message>
        <source>The key URI has no secret.</source>
        <translation>La URI de la clave no tiene secreto.</translation>
    </message>
    <message>
        <source>The secret is not valid base32.</source>
        <translation>El secreto no es base32 válido.</translation>
    </message>
    <message>
        <source>The secret is longer than 1024 bits.</source>
        <translation>El secreto tiene más de 1024 bits.</translation>
    </message>
    <message>
        <source>The algorithm must be SHA1, SHA256 or SHA512.</source>
        <translation>El algoritmo debe ser SHA1, SHA256 o SHA512.</translation>
    </message>
    <message>
        <source>The code length must be 6 or 8 digits.</source>
        <translation>La longitud del código debe ser de 6 u 8 dígitos.</translation>
    </message>
    <message>
        <source>The period must be between 10 and 300 seconds.</source>
        <translation>El periodo debe estar entre 10 y 300 segundos.</translation>
    </message>
    <message>
        <source>The key URI has parts an authenticator does not expect (user, port or fragment).</source>
        <translation>La URI de la clave tiene partes que un autenticador no espera (usuario, puerto o fragmento).</translation>
    </message>
    <message>
        <source>The secret is shorter than 128 bits.</source>
        <translation>El secreto tiene menos de 128 bits.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::AboutDialog</name>
    <message>
        <source>About PBX Admin</source>
        <translation>Acerca de PBX Admin</translation>
    </message>
    <message>
        <source>PBX Admin %1</source>
        <translation>PBX Admin %1</translation>
    </message>
    <message>
        <source>Signs in to hosted PBX portals and sets up multi-factor authentication.</source>
        <translation>Inicia sesión en portales PBX alojados y configura la autenticación multifactor.</translation>
    </message>
    <message>
        <source>This program comes with ABSOLUTELY NO WARRANTY. It is free software under the GNU General Public License, version 3 or later; the libraries keep their own licenses, listed above.</source>
        <translation>Este programa se ofrece SIN NINGUNA GARANTÍA. Es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior; las bibliotecas conservan sus propias licencias, indicadas arriba.</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Versions, system, portal host and recent errors, for your support ticket. No password, code or key is included.</source>
        <translation>Versiones, sistema, host del portal y errores recientes, para su solicitud de soporte. No incluye ninguna contraseña, código ni clave.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::AppController</name>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s client ID under Advanced. Your provider gives it.</source>
        <translation>Introduzca el ID de cliente del portal en Avanzado. Se lo proporciona su proveedor.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s client secret under Advanced. Your provider gives it.</source>
        <translation>Introduzca el secreto de cliente del portal en Avanzado. Se lo proporciona su proveedor.</translation>
    </message>
    <message>
        <source>Sign-in was stopped. If your provider replaced the certificate, confirm the new fingerprint with them before trusting it.</source>
        <translation>Se detuvo el inicio de sesión. Si su proveedor sustituyó el certificado, confirme con él la nueva huella antes de confiar en ella.</translation>
    </message>
    <message>
        <source>Check them and try again.</source>
        <translation>Compruébelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is active</source>
        <translation>La autenticación multifactor está activa</translation>
    </message>
    <message>
        <source>Multi-factor authentication is now set up. You will be asked for a code from your authenticator app every time you sign in.</source>
        <translation>La autenticación multifactor ya está configurada. Se le pedirá un código de su aplicación de autenticación cada vez que inicie sesión.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::AttemptStatus</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy. Enter a new code in %n second(s).</source>
        <translation>
            <numerusform>El portal está ocupado. Introduzca un código nuevo dentro de %n segundo.</numerusform>
            <numerusform>El portal está ocupado. Introduzca un código nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s)…</source>
        <translation>
            <numerusform>El portal está ocupado; se reintentará dentro de %n segundo…</numerusform>
            <numerusform>El portal está ocupado; se reintentará dentro de %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log — %1</source>
        <translation>Registro de auditoría — %1</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n evento.</numerusform>
            <numerusform>%n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer does not trust.&lt;br&gt;Trust it only if your provider confirms this fingerprint.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; presentó un certificado en el que este equipo no confía.&lt;br&gt;Confíe en él solo si su proveedor confirma esta huella.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
</context>
<context>
    <name>pbx::ui::ChartFile</name>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Elija un nombre de archivo que termine en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pbx::ui::DemoBanner</name>
    <message>
        <source>Demo portal: simulated data on this computer, not a real PBX.</source>
        <translation>Portal de demostración: datos simulados en este equipo, no es una PBX real.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentBars</name>
    <message>
        <source>Enrollment by domain, most behind first</source>
        <translation>Inscripción por dominio, primero los más atrasados</translation>
    </message>
    <message>
        <source>Each domain&apos;s users split into enrolled, pending and not required. The table lists the same figures.</source>
        <translation>Los usuarios de cada dominio repartidos entre inscritos, pendientes y no obligados. La tabla da las mismas cifras.</translation>
    </message>
    <message>
        <source>No domains</source>
        <translation>Ningún dominio</translation>
    </message>
    <message>
        <source>%1: %2 users; %3 enrolled, %4 pending (%5 overdue), %6 not required</source>
        <translation>%1: %2 usuarios; %3 inscritos, %4 pendientes (%5 atrasados), %6 no obligados</translation>
    </message>
    <message>
        <source>; MFA state unknown for %1</source>
        <translation>; estado de MFA desconocido para %1</translation>
    </message>
    <message>
        <source>A picture holds at most %1 domains; export a PDF, which has pages, or the table.</source>
        <translation>Una imagen contiene como máximo %1 dominios; exporte un PDF, que tiene páginas, o la tabla.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>E&amp;xport table…</source>
        <translation>E&amp;xportar tabla…</translation>
    </message>
    <message>
        <source>Most behind first</source>
        <translation>Primero los más atrasados</translation>
    </message>
    <message>
        <source>Fi&amp;nd domain:</source>
        <translation>&amp;Buscar dominio:</translation>
    </message>
    <message>
        <source>Find domain</source>
        <translation>Buscar dominio</translation>
    </message>
    <message>
        <source>Enrollment by domain</source>
        <translation>Inscripción por dominio</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the domain&apos;s users</source>
        <translation>Haga doble clic o pulse Intro para abrir los usuarios del dominio</translation>
    </message>
    <message>
        <source>Export enrollment by domain</source>
        <translation>Exportar la inscripción por dominio</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s), %1 users: %2 enrolled (%3 of those required), %4 pending, %5 overdue, %6 not required, %7 locked</source>
        <translation>
            <numerusform>%n dominio, %1 usuarios: %2 inscritos (%3 de los obligados), %4 pendientes, %5 atrasados, %6 no obligados, %7 bloqueados</numerusform>
            <numerusform>%n dominios, %1 usuarios: %2 inscritos (%3 de los obligados), %4 pendientes, %5 atrasados, %6 no obligados, %7 bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>; MFA state unknown for %1</source>
        <translation>; estado de MFA desconocido para %1</translation>
    </message>
    <message>
        <source>As the portal counts them, at %1.</source>
        <translation>Según el recuento del portal, a las %1.</translation>
    </message>
    <message>
        <source>This portal has no MFA summary: counted from the directory listing in %1 s, at %2.</source>
        <translation>Este portal no tiene resumen de MFA: recuento hecho a partir del directorio en %1 s, a las %2.</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>No se pudieron cargar las cifras: %1</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Count from the &amp;listing</source>
        <translation>&amp;Contar desde el directorio</translation>
    </message>
    <message>
        <source>Reads every user of every domain; on a large territory this takes a while</source>
        <translation>Lee cada usuario de cada dominio; en un territorio grande tarda un rato</translation>
    </message>
    <message>
        <source>Enrollments per week</source>
        <translation>Inscripciones por semana</translation>
    </message>
    <message>
        <source>By do&amp;main</source>
        <translation>Por do&amp;minio</translation>
    </message>
    <message>
        <source>By &amp;week</source>
        <translation>Por &amp;semana</translation>
    </message>
    <message>
        <source>Export enrollments per week</source>
        <translation>Exportar inscripciones por semana</translation>
    </message>
    <message>
        <source>Enrollment by &amp;domain…</source>
        <translation>Inscripción por &amp;dominio…</translation>
    </message>
    <message>
        <source>Enrollments per &amp;week…</source>
        <translation>Inscripciones por &amp;semana…</translation>
    </message>
    <message>
        <source>Counting users from the directory listing…</source>
        <translation>Contando usuarios a partir del directorio…</translation>
    </message>
    <message>
        <source>This portal has no MFA summary. Counting from the directory listing reads every user.</source>
        <translation>Este portal no tiene resumen de MFA. Contar a partir del directorio lee cada usuario.</translation>
    </message>
    <message>
        <source>From the audit log&apos;s enrollments.</source>
        <translation>Según las inscripciones del registro de auditoría.</translation>
    </message>
    <message>
        <source>This portal does not say which users enrolled, so when they did is unknown.</source>
        <translation>Este portal no indica qué usuarios se inscribieron, así que no se sabe cuándo lo hicieron.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log records no enrollments in the last %n week(s).</source>
        <translation>
            <numerusform>El registro de auditoría no tiene inscripciones en la última semana.</numerusform>
            <numerusform>El registro de auditoría no tiene inscripciones en las últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the enrollment dates of the users listed: this account cannot read the audit log.</source>
        <translation>Según las fechas de inscripción de los usuarios del directorio: esta cuenta no puede leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>This account cannot read the audit log. Count from the directory listing to see when users enrolled.</source>
        <translation>Esta cuenta no puede leer el registro de auditoría. Cuente a partir del directorio para ver cuándo se inscribieron los usuarios.</translation>
    </message>
    <message>
        <source>Could not load enrollments over time: %1</source>
        <translation>No se pudieron cargar las inscripciones en el tiempo: %1</translation>
    </message>
    <message>
        <source>Counting users: %v of %m domains</source>
        <translation>Contando usuarios: %v de %m dominios</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentDeadlineDialog</name>
    <message>
        <source>&amp;No deadline: MFA blocks at the next sign-in</source>
        <translation>&amp;Sin fecha límite: MFA bloquea en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Enrollment deadline — %1</source>
        <translation>Fecha límite de inscripción — %1</translation>
    </message>
    <message>
        <source>Until the end of this day, users of %1 who must set up multi-factor authentication may still sign in, and are reminded each time. After it, they must set it up first.</source>
        <translation>Hasta el final de este día, los usuarios de %1 que deben configurar la autenticación multifactor aún pueden iniciar sesión, con un recordatorio cada vez. Después, deberán configurarla primero.</translation>
    </message>
    <message>
        <source>&amp;Set up by:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentLegend</name>
    <message>
        <source>Key to the bars</source>
        <translation>Leyenda de las barras</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>users, counted</comment>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>users, counted</comment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Not required</source>
        <comment>users, counted</comment>
        <translation>No obligados</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>users, counted</comment>
        <translation>Desconocidos</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentTrendChart</name>
    <message>
        <source>Enrollments per week</source>
        <translation>Inscripciones por semana</translation>
    </message>
    <message numerus="yes">
        <source>%1 enrollments in the %n weeks from %2; the busiest week had %3. The table &quot;By week&quot; lists every week.</source>
        <translation>
            <numerusform>%1 inscripciones en la semana del %2; la semana con más tuvo %3. La tabla «Por semana» enumera cada semana.</numerusform>
            <numerusform>%1 inscripciones en las %n semanas desde el %2; la semana con más tuvo %3. La tabla «Por semana» enumera cada semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>No enrollments to show</source>
        <translation>No hay inscripciones que mostrar</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1, so far: %n enrolled</source>
        <translation>
            <numerusform>Semana del %1, hasta ahora: %n inscrito</numerusform>
            <numerusform>Semana del %1, hasta ahora: %n inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n enrolled</source>
        <translation>
            <numerusform>Semana del %1: %n inscrito</numerusform>
            <numerusform>Semana del %1: %n inscritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::HelpDeskConsole</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Require MFA</source>
        <translation>&amp;Exigir MFA</translation>
    </message>
    <message>
        <source>S&amp;top requiring MFA</source>
        <translation>&amp;Dejar de exigir MFA</translation>
    </message>
    <message>
        <source>R&amp;eset MFA…</source>
        <translation>&amp;Restablecer MFA…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>Registro de a&amp;uditoría…</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>User, name or email</source>
        <translation>Usuario, nombre o correo</translation>
    </message>
    <message>
        <source>Filter by user, name or email</source>
        <translation>Filtrar por usuario, nombre o correo</translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation>&amp;MFA:</translation>
    </message>
    <message>
        <source>MFA state</source>
        <translation>Estado de MFA</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Domain &amp;policy</source>
        <translation>&amp;Política del dominio</translation>
    </message>
    <message>
        <source>Require MFA for everyone in the domain</source>
        <translation>Exigir MFA a todos los del dominio</translation>
    </message>
    <message>
        <source>Require MFA for office managers and above</source>
        <translation>Exigir MFA a los responsables de oficina y superiores</translation>
    </message>
    <message>
        <source>Loading users… %1 of %2</source>
        <translation>Cargando usuarios… %1 de %2</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Cargando dominios…</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Todos los dominios</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation> (%1 mostrados)</translation>
    </message>
    <message>
        <source>%1 users%2: %3 enrolled, %4 pending, %5 not required</source>
        <translation>%1 usuarios%2: %3 configurados, %4 pendientes, %5 sin obligación</translation>
    </message>
    <message>
        <source>Require MFA</source>
        <translation>Exigir MFA</translation>
    </message>
    <message numerus="yes">
        <source>Require multi-factor authentication for %n user(s): %1? Those not yet enrolled must set it up at their next sign-in.</source>
        <translation>
            <numerusform>¿Exigir la autenticación multifactor a %n usuario: %1? Si aún no la ha configurado, deberá hacerlo en su próximo inicio de sesión.</numerusform>
            <numerusform>¿Exigir la autenticación multifactor a %n usuarios: %1? Quienes aún no la hayan configurado deberán hacerlo en su próximo inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop requiring MFA</source>
        <translation>Dejar de exigir MFA</translation>
    </message>
    <message numerus="yes">
        <source>Stop requiring multi-factor authentication for %n user(s): %1?</source>
        <translation>
            <numerusform>¿Dejar de exigir la autenticación multifactor a %n usuario: %1?</numerusform>
            <numerusform>¿Dejar de exigir la autenticación multifactor a %n usuarios: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Restablecer MFA</translation>
    </message>
    <message numerus="yes">
        <source>Reset multi-factor authentication for %n user(s): %1? Their authenticator stops working, they must set it up again at their next sign-in, and their current sessions end.</source>
        <translation>
            <numerusform>¿Restablecer la autenticación multifactor de %n usuario: %1? Su autenticador dejará de funcionar, deberá configurarla de nuevo en su próximo inicio de sesión y sus sesiones actuales terminarán.</numerusform>
            <numerusform>¿Restablecer la autenticación multifactor de %n usuarios: %1? Sus autenticadores dejarán de funcionar, deberán configurarla de nuevo en su próximo inicio de sesión y sus sesiones actuales terminarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes failed</source>
        <translation>Algunos cambios fallaron</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 de %2…</translation>
    </message>
    <message>
        <source>Domain policy</source>
        <translation>Política del dominio</translation>
    </message>
    <message>
        <source>Require multi-factor authentication in %1 for: %2?</source>
        <translation>¿Exigir la autenticación multifactor en %1 para: %2?</translation>
    </message>
    <message>
        <source>Applying the policy…</source>
        <translation>Aplicando la política…</translation>
    </message>
    <message numerus="yes">
        <source>MFA is now required for %n more user(s).</source>
        <translation>
            <numerusform>Ahora se exige MFA a %n usuario más.</numerusform>
            <numerusform>Ahora se exige MFA a %n usuarios más.</numerusform>
        </translation>
    </message>
    <message>
        <source>This portal does not offer MFA administration, so the actions are hidden. Listing users still works.</source>
        <translation>Este portal no ofrece administración de MFA, así que las acciones están ocultas. La lista de usuarios sigue funcionando.</translation>
    </message>
    <message>
        <source>%1: not changed (your password was not given)</source>
        <translation>%1: sin cambios (no se indicó su contraseña)</translation>
    </message>
    <message>
        <source>%1 users%2; MFA state unknown</source>
        <translation>%1 usuarios%2; estado de MFA desconocido</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 desconocidos</translation>
    </message>
    <message>
        <source>This portal does not report MFA state or offer MFA administration, so the actions are hidden. Listing users still works.</source>
        <translation>Este portal no informa del estado de MFA ni ofrece su administración, así que las acciones están ocultas. La lista de usuarios sigue funcionando.</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>Desblo&amp;quear</translation>
    </message>
    <message>
        <source>Lift the lock after too many failed sign-in attempts</source>
        <translation>Quitar el bloqueo tras demasiados intentos fallidos de inicio de sesión</translation>
    </message>
    <message>
        <source>Have the portal remind the selected users to set up MFA</source>
        <translation>Hacer que el portal recuerde a los usuarios seleccionados que configuren MFA</translation>
    </message>
    <message>
        <source>A single-use code with which one user signs in and sets up a new phone</source>
        <translation>Un código de un solo uso con el que un usuario inicia sesión y configura un nuevo teléfono</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n user(s) locked after failed sign-in attempts: %1?</source>
        <translation>
            <numerusform>¿Desbloquear %n usuario bloqueado tras intentos fallidos de inicio de sesión: %1?</numerusform>
            <numerusform>¿Desbloquear %n usuarios bloqueados tras intentos fallidos de inicio de sesión: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Enviar recordatorio</translation>
    </message>
    <message numerus="yes">
        <source>Have the portal remind %n user(s) to set up multi-factor authentication: %1?</source>
        <translation>
            <numerusform>¿Hacer que el portal recuerde a %n usuario que configure la autenticación multifactor: %1?</numerusform>
            <numerusform>¿Hacer que el portal recuerde a %n usuarios que configuren la autenticación multifactor: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send rem&amp;inder</source>
        <translation>Enviar recorda&amp;torio</translation>
    </message>
    <message>
        <source>Temporary access &amp;code…</source>
        <translation>Código de acceso &amp;temporal…</translation>
    </message>
    <message>
        <source>Set an enrollment deadline…</source>
        <translation>Fijar una fecha límite de inscripción…</translation>
    </message>
    <message>
        <source>%1: users who must set up MFA may put it off until %2.</source>
        <translation>%1: los usuarios que deben configurar MFA pueden aplazarlo hasta el %2.</translation>
    </message>
    <message>
        <source>%1: no enrollment deadline; MFA blocks at the next sign-in.</source>
        <translation>%1: sin fecha límite; MFA bloquea en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 opens once the change under way is done or cancelled.</source>
        <translation>%1 se abrirá cuando el cambio en curso termine o se cancele.</translation>
    </message>
    <message>
        <source>%1 is not among your domains.</source>
        <translation>%1 no está entre sus dominios.</translation>
    </message>
    <message>
        <source>All domains open once the change under way is done or cancelled.</source>
        <translation>Todos los dominios se abrirán cuando el cambio en curso termine o se cancele.</translation>
    </message>
    <message>
        <source> (still loading: searching the users loaded so far)</source>
        <translation> (todavía cargando: se busca entre los usuarios ya cargados)</translation>
    </message>
    <message>
        <source>Loading users… %1 so far, %2 of %3 domains</source>
        <translation>Cargando usuarios… %1 hasta ahora, %2 de %3 dominios</translation>
    </message>
</context>
<context>
    <name>pbx::ui::MainWindow</name>
    <message>
        <source>PBX Admin — %1</source>
        <translation>PBX Admin — %1</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <source>Multi-factor authentication:</source>
        <translation>Autenticación multifactor:</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Enrolled since %1</source>
        <translation>Configurada desde el %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Configurada</translation>
    </message>
    <message>
        <source>Required, not set up</source>
        <translation>Obligatoria, sin configurar</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No obligatoria</translation>
    </message>
    <message numerus="yes">
        <source>, %n recovery code(s) left</source>
        <translation>
            <numerusform>, queda %n código de recuperación</numerusform>
            <numerusform>, quedan %n códigos de recuperación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set up multi-factor authentication by %1: %n day(s) left. After that, nothing of the portal can be used until it is set up.</source>
        <translation>
            <numerusform>Configure la autenticación multifactor antes del %1: queda %n día. Después, no podrá usar nada del portal hasta configurarla.</numerusform>
            <numerusform>Configure la autenticación multifactor antes del %1: quedan %n días. Después, no podrá usar nada del portal hasta configurarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>New recovery codes, for when you lose your phone; the old ones stop working</source>
        <translation>Códigos de recuperación nuevos, para cuando pierda el teléfono; los anteriores dejan de funcionar</translation>
    </message>
    <message>
        <source>Required by %1, not set up</source>
        <translation>Exigida antes del %1, sin configurar</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>su cuenta</translation>
    </message>
    <message>
        <source>Recovery codes not replaced: %1</source>
        <translation>Códigos de recuperación no reemplazados: %1</translation>
    </message>
    <message>
        <source>Replace reco&amp;very codes…</source>
        <translation>Reemplazar códigos de recuperació&amp;n…</translation>
    </message>
    <message>
        <source>Set up no&amp;w…</source>
        <translation>Configurar a&amp;hora…</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>Pane&amp;l</translation>
    </message>
    <message>
        <source>U&amp;sers</source>
        <translation>Usuar&amp;ios</translation>
    </message>
</context>
<context>
    <name>pbx::ui::MessageBoxes</name>
    <message>
        <source>Sign out?</source>
        <translation>¿Cerrar sesión?</translation>
    </message>
    <message>
        <source>Multi-factor authentication is not complete. Sign out now?</source>
        <translation>La autenticación multifactor no está completa. ¿Cerrar sesión ahora?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
</context>
<context>
    <name>pbx::ui::MfaEnrollmentDialog</name>
    <message>
        <source>Multi-factor authentication required</source>
        <translation>Autenticación multifactor obligatoria</translation>
    </message>
    <message>
        <source>Your portal requires a code from an authenticator app each time you sign in to this account. Until it is set up, nothing else of the portal can be used.</source>
        <translation>Su portal exige un código de una aplicación de autenticación cada vez que inicia sesión en esta cuenta. Hasta que se configure, no se puede usar nada más del portal.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Configure MFA</source>
        <translation>Con&amp;figurar MFA</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or FreeOTP.</source>
        <translation>Escanee este código con una aplicación de autenticación en su teléfono, como Google Authenticator, Microsoft Authenticator o FreeOTP.</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Can&apos;t scan the code?</source>
        <translation>¿No puede escanear el código?</translation>
    </message>
    <message>
        <source>Enter this key in the app as a time-based key:</source>
        <translation>Introduzca esta clave en la aplicación como clave basada en tiempo:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Código de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Your portal password</source>
        <translation>La contraseña de su portal</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Código de la aplicación:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Key copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>Clave copiada. Se borrará del portapapeles dentro de 30 segundos.</translation>
    </message>
    <message>
        <source>Set up multi-factor authentication</source>
        <translation>Configurar la autenticación multifactor</translation>
    </message>
    <message>
        <source>The key has changed. Scan the new code (or enter the new key) before you try again.</source>
        <translation>La clave ha cambiado. Escanee el nuevo código (o introduzca la nueva clave) antes de volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Algorithm %1, %n digits, a new code every %2 seconds.</source>
        <translation>
            <numerusform>Algoritmo %1, %n dígito, un código nuevo cada %2 segundos.</numerusform>
            <numerusform>Algoritmo %1, %n dígitos, un código nuevo cada %2 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting your key…</source>
        <translation>Obteniendo su clave…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Set up multi-factor authentication in your web portal</source>
        <translation>Configure la autenticación multifactor en su portal web</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Set up multi-factor authentication by %1</source>
        <translation>Configure la autenticación multifactor antes del %1</translation>
    </message>
    <message numerus="yes">
        <source>Your portal will require a code from an authenticator app each time you sign in to this account. %n day(s) left: after %1 nothing of the portal can be used until it is set up. It takes a minute.</source>
        <translation>
            <numerusform>Su portal pedirá un código de una aplicación de autenticación cada vez que inicie sesión en esta cuenta. Queda %n día: después del %1 no podrá usar nada del portal hasta configurarla. Lleva un minuto.</numerusform>
            <numerusform>Su portal pedirá un código de una aplicación de autenticación cada vez que inicie sesión en esta cuenta. Quedan %n días: después del %1 no podrá usar nada del portal hasta configurarla. Lleva un minuto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::PasscodeDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Autenticación multifactor</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app for %1.</source>
        <translation>Introduzca el código de su aplicación de autenticación para %1.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Código de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Use the &amp;authenticator app</source>
        <translation>Usar la &amp;aplicación de autenticación</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>Usar un código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Use a &amp;temporary access code</source>
        <translation>Usar un código de acceso &amp;temporal</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved for %1. Each one works once.</source>
        <translation>Introduzca uno de los códigos de recuperación que guardó para %1. Cada uno sirve una sola vez.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Enter the temporary access code your help desk gave you for %1. You will then set up your new phone.</source>
        <translation>Introduzca el código de acceso temporal que le dio su servicio de asistencia para %1. Después configurará su nuevo teléfono.</translation>
    </message>
    <message>
        <source>Temporary access code</source>
        <translation>Código de acceso temporal</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>Códi&amp;go de acceso:</translation>
    </message>
</context>
<context>
    <name>pbx::ui::PasswordLineEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
</context>
<context>
    <name>pbx::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app. If you cannot scan it, choose “Can&apos;t scan the code?” to see the key and type it into the app.</source>
        <translation>Escanee este código con su aplicación de autenticación. Si no puede escanearlo, elija «¿No puede escanear el código?» para ver la clave y escribirla en la aplicación.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::RecoveryCodesDialog</name>
    <message>
        <source>I have &amp;saved these codes somewhere safe</source>
        <translation>He guardado estos códigos en un lugar &amp;seguro</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Save your recovery codes</source>
        <translation>Guarde sus códigos de recuperación</translation>
    </message>
    <message>
        <source>If you lose your phone, each of these codes signs you in once, so that you can set up a new one. Keep them apart from your phone, where only you can get at them. They are not shown again.</source>
        <translation>Si pierde su teléfono, cada uno de estos códigos le permite iniciar sesión una vez para configurar uno nuevo. Guárdelos lejos de su teléfono, donde solo usted pueda consultarlos. No se volverán a mostrar.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>PBX Admin recovery codes for %1</source>
        <translation>Códigos de recuperación de PBX Admin para %1</translation>
    </message>
    <message>
        <source>Each code signs you in once if you lose your phone.</source>
        <translation>Cada código le permite iniciar sesión una vez si pierde su teléfono.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds: paste them into your password manager now.</source>
        <translation>Copiados. El portapapeles se vaciará en 30 segundos: péguelos ahora en su gestor de contraseñas.</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Guardar los códigos de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardados en %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviados a la impresora.</translation>
    </message>
    <message>
        <source>Save your new recovery codes</source>
        <translation>Guarde sus nuevos códigos de recuperación</translation>
    </message>
    <message>
        <source>Your previous recovery codes no longer work.</source>
        <translation>Sus códigos de recuperación anteriores ya no funcionan.</translation>
    </message>
    <message>
        <source>Close without keeping the codes?</source>
        <translation>¿Cerrar sin guardar los códigos?</translation>
    </message>
    <message>
        <source>Your previous recovery codes no longer work, and these are not shown again.</source>
        <translation>Sus códigos de recuperación anteriores ya no funcionan, y estos no se vuelven a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
</context>
<context>
    <name>pbx::ui::SignInController</name>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>A name for this portal, for example your provider&apos;s:</source>
        <translation>Un nombre para este portal, por ejemplo el de su proveedor:</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>¿Eliminar el perfil?</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its address, client ID and proxy settings are forgotten; the portal itself is not changed.</source>
        <translation>¿Eliminar el perfil «%1»? Se olvidan su dirección, su ID de cliente y su configuración de proxy; el portal en sí no cambia.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Starting the demo portal…</source>
        <translation>Iniciando el portal de demostración…</translation>
    </message>
</context>
<context>
    <name>pbx::ui::SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in — PBX Admin</source>
        <translation>Iniciar sesión — PBX Admin</translation>
    </message>
    <message>
        <source>Sign in to your PBX portal</source>
        <translation>Inicie sesión en su portal PBX</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>user@domain</source>
        <translation>usuario@dominio</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>P&amp;ortal:</source>
        <translation>P&amp;ortal:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>API client ID</source>
        <translation>ID de cliente de la API</translation>
    </message>
    <message>
        <source>API client secret</source>
        <translation>Secreto de cliente de la API</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Your provider gives these. The secret is kept in the system keychain.</source>
        <translation>Se los proporciona su proveedor. El secreto se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Archivo adicional de autoridad de certificación</translation>
    </message>
    <message>
        <source>Only if your provider uses a private CA</source>
        <translation>Solo si su proveedor usa una CA privada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Archivo de C&amp;A:</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Configuración del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>Proxy host and port</source>
        <translation>Host y puerto del proxy</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>Created at your first sign-in</source>
        <translation>Se crea en su primer inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s)…</source>
        <translation>
            <numerusform>El portal está ocupado; se reintentará dentro de %n segundo…</numerusform>
            <numerusform>El portal está ocupado; se reintentará dentro de %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::StepUpDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirme que es usted</translation>
    </message>
    <message>
        <source>Changing multi-factor authentication for %1 needs your own password and, if your account uses multi-factor authentication, a new code from your authenticator app.</source>
        <translation>Cambiar la autenticación multifactor de %1 requiere su propia contraseña y, si su cuenta usa autenticación multifactor, un código nuevo de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Código de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Su &amp;contraseña:</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>&amp;Code (if you use MFA):</source>
        <translation>&amp;Código (si usa MFA):</translation>
    </message>
</context>
<context>
    <name>pbx::ui::TemporaryAccessDialog</name>
    <message>
        <source>&amp;Issue code</source>
        <translation>&amp;Emitir código</translation>
    </message>
    <message>
        <source>Temporary access code</source>
        <translation>Código de acceso temporal</translation>
    </message>
    <message>
        <source>A temporary access code lets %1 sign in once and set up a new phone. Whoever has it can do the same, so first:</source>
        <translation>Un código de acceso temporal permite a %1 iniciar sesión una vez y configurar un nuevo teléfono. Quien lo tenga puede hacer lo mismo, así que primero:</translation>
    </message>
    <message>
        <source>I have verified the caller&apos;s identity (called back on a number on record, or in person).</source>
        <translation>He verificado la identidad de quien llama (devolviendo la llamada a un número registrado, o en persona).</translation>
    </message>
    <message>
        <source>The caller cannot use their authenticator app or recovery codes.</source>
        <translation>Quien llama no puede usar su aplicación de autenticación ni sus códigos de recuperación.</translation>
    </message>
    <message>
        <source>I will give the code to the caller only, by voice or in person.</source>
        <translation>Daré el código solo a quien llama, de viva voz o en persona.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>For the audit log, e.g. a ticket number</source>
        <translation>Para el registro de auditoría, p. ej. un número de incidencia</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válido durante:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Read this code to %1. It works once.</source>
        <translation>Lea este código a %1. Sirve una sola vez.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido hasta el %1</translation>
    </message>
    <message>
        <source>Temporary access code issued</source>
        <translation>Código de acceso temporal emitido</translation>
    </message>
</context>
<context>
    <name>pbx::ui::UserPage</name>
    <message>
        <source>Select one user to see their page.</source>
        <translation>Seleccione un usuario para ver su ficha.</translation>
    </message>
    <message>
        <source>Require MFA</source>
        <translation>Exigir MFA</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>Dejar de exigir</translation>
    </message>
    <message>
        <source>Reset MFA…</source>
        <translation>Restablecer MFA…</translation>
    </message>
    <message>
        <source>Temporary access code…</source>
        <translation>Código de acceso temporal…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Enviar recordatorio</translation>
    </message>
    <message>
        <source>Recent events:</source>
        <translation>Eventos recientes:</translation>
    </message>
    <message>
        <source>Recent audit events of this user</source>
        <translation>Eventos de auditoría recientes de este usuario</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Sin eventos.</translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %n event(s); the audit log has them all.</source>
        <translation>
            <numerusform>Los últimos %1 de %n evento; el registro de auditoría los tiene todos.</numerusform>
            <numerusform>Los últimos %1 de %n eventos; el registro de auditoría los tiene todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the rest…</source>
        <translation>Buscando el resto…</translation>
    </message>
    <message>
        <source>The rest could not be looked up: %1</source>
        <translation>No se pudo buscar el resto: %1</translation>
    </message>
</context>
</TS>

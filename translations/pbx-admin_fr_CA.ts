<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>pbx::DemoPortalProcess</name>
    <message>
        <source>it did not say where it listens within a minute.</source>
        <translation>il n’a pas indiqué son adresse en moins d’une minute.</translation>
    </message>
    <message>
        <source>%1 could not be run (%2).</source>
        <translation>%1 n’a pas pu être lancé (%2).</translation>
    </message>
    <message>
        <source>it ended before it was ready (exit code %1).</source>
        <translation>il s’est arrêté avant d’être prêt (code de sortie %1).</translation>
    </message>
    <message>
        <source>The demo portal stopped (exit code %1).</source>
        <translation>Le portail de démonstration s’est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>it said something unexpected.</source>
        <translation>il a répondu quelque chose d’inattendu.</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Le portail de démonstration n’a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>pbx::EnrollmentTrendModel</name>
    <message>
        <source>Enrollments from the first week shown to this one</source>
        <translation>Inscriptions de la première semaine affichée jusqu’à celle-ci</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>users enrolled that week</comment>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
</context>
<context>
    <name>pbx::MfaState</name>
    <message>
        <source>Not required</source>
        <translation>Pas obligatoire</translation>
    </message>
    <message>
        <source>Required, pending</source>
        <translation>Obligatoire, en attente</translation>
    </message>
    <message>
        <source>Enrolled since %1</source>
        <translation>Configurée depuis le %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Configurée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>This portal does not report MFA state.</source>
        <translation>Ce portail n’indique pas l’état de l’AMF.</translation>
    </message>
</context>
<context>
    <name>pbx::MfaSummaryModel</name>
    <message>
        <source>Of the users who must use MFA, the share enrolled</source>
        <translation>Parmi les utilisateurs qui doivent utiliser l’AMF, la part inscrite</translation>
    </message>
    <message>
        <source>Pending past the domain&apos;s enrollment deadline</source>
        <translation>En attente après la date limite d’inscription du domaine</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>users, counted</comment>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>users, counted</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not required</source>
        <comment>users, counted</comment>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>users, counted</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>users, counted</comment>
        <translation>Verrouillés</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>users, counted</comment>
        <translation>Inconnus</translation>
    </message>
</context>
<context>
    <name>pbx::PortalClient</name>
    <message>
        <source>Enter the portal address.</source>
        <translation>Entrez l’adresse du portail.</translation>
    </message>
    <message>
        <source>“%1” is not a valid portal address.</source>
        <translation>« %1 » n’est pas une adresse de portail valide.</translation>
    </message>
    <message>
        <source>Use https:// for %1: passwords are never sent over plain http.</source>
        <translation>Utilisez https:// pour %1 : les mots de passe ne sont jamais envoyés en http non chiffré.</translation>
    </message>
    <message>
        <source>The portal address must start with https://.</source>
        <translation>L’adresse du portail doit commencer par https://.</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name.</source>
        <translation>L’adresse du portail ne doit pas contenir de nom d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>pbx::PortalError</name>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Multi-factor authentication must be completed first.</source>
        <translation>L’authentification multifacteur doit d’abord être terminée.</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter the current code from your authenticator app; if it keeps failing, turn on automatic date and time on your phone.</source>
        <translation>Le code n’a pas été accepté. Entrez le code actuel de votre application d’authentification; si l’erreur persiste, activez la date et l’heure automatiques sur votre téléphone.</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The setup has expired. Start again to get a new code to scan.</source>
        <translation>La configuration a expiré. Recommencez pour obtenir un nouveau code à numériser.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (SHA-256 fingerprint %1).</source>
        <translation>Le certificat du portail n’est pas approuvé (empreinte SHA-256 %1).</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate expired on %1.</source>
        <translation>Le certificat du portail a expiré le %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not valid until %1. Check this computer&apos;s date and time.</source>
        <translation>Le certificat du portail n’est pas valide avant le %1. Vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate was issued for another host name (%1).</source>
        <translation>Le certificat du portail a été émis pour un autre nom d’hôte (%1).</translation>
    </message>
    <message>
        <source>The portal presented a different certificate from the one you trusted (now %1). Someone may be intercepting the connection.</source>
        <translation>Le portail a présenté un certificat différent de celui que vous avez approuvé (maintenant %1). Quelqu’un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (the portal may only offer outdated TLS versions).</source>
        <translation>Impossible d’établir une connexion sécurisée (le portail n’offre peut-être que des versions désuètes de TLS).</translation>
    </message>
    <message>
        <source>The secure connection to the portal failed: %1</source>
        <translation>La connexion sécurisée au portail a échoué : %1</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Check the address and your network connection.</source>
        <translation>Le portail est injoignable. Vérifiez l’adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The portal did not answer in time. Try again.</source>
        <translation>Le portail n’a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The portal had an internal problem (HTTP %1). Try again later.</source>
        <translation>Le portail a eu un problème interne (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal sent a response this application does not understand.</source>
        <translation>Le portail a envoyé une réponse que cette application ne comprend pas.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Vous n’avez pas l’autorisation de faire ceci.</translation>
    </message>
    <message>
        <source>The portal does not offer this function.</source>
        <translation>Le portail n’offre pas cette fonction.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>The portal tried to send this request to another or insecure address (%1); it was stopped.</source>
        <translation>Le portail a tenté d’envoyer cette requête vers une autre adresse ou une adresse non sécurisée (%1); elle a été arrêtée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The proxy could not be used (%1). Check the proxy under Advanced.</source>
        <translation>Le proxy n’a pas pu être utilisé (%1). Vérifiez le proxy sous Avancé.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le portail est occupé. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le portail est occupé. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts. Ask your administrator to unlock it.</source>
        <translation>Ce compte est verrouillé après trop de tentatives infructueuses. Demandez à votre administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>This change needs your password and, if your account uses multi-factor authentication, a new code from your authenticator app.</source>
        <translation>Cette modification exige votre mot de passe et, si votre compte utilise l’authentification multifacteur, un nouveau code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Your portal requires multi-factor authentication for this account, but it does not let this application set it up. Set it up in your provider&apos;s web portal (%1), then sign in again.</source>
        <translation>Votre portail exige l’authentification multifacteur pour ce compte, mais ne permet pas à cette application de la configurer. Configurez-la dans le portail Web de votre fournisseur (%1), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>There is no such user in that domain.</source>
        <translation>Cet utilisateur n’existe pas dans ce domaine.</translation>
    </message>
    <message>
        <source>The code was not accepted: it is wrong, has expired or has been used already.</source>
        <translation>Le code n’a pas été accepté : il est erroné, a expiré ou a déjà été utilisé.</translation>
    </message>
    <message>
        <source>This user has already set up multi-factor authentication.</source>
        <translation>Cet utilisateur a déjà configuré l’authentification multifacteur.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is larger than this application accepts.</source>
        <translation>La réponse du portail dépasse la taille que cette application accepte.</translation>
    </message>
</context>
<context>
    <name>pbx::ProxySettings</name>
    <message>
        <source>Enter the proxy as host:port, for example proxy.example.com:3128.</source>
        <translation>Entrez le proxy sous la forme hôte:port, par exemple proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>The proxy must be system, none, http://host:port or socks5://host:port.</source>
        <translation>Le proxy doit être system, none, http://hôte:port ou socks5://hôte:port.</translation>
    </message>
</context>
<context>
    <name>pbx::Session</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>Entrez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>pbx::TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d’autorité de certification %1 : %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>Le fichier d’autorité de certification %1 ne contient aucun certificat.</translation>
    </message>
</context>
<context>
    <name>pbx::UserDetails</name>
    <message>
        <source>Recovery codes left</source>
        <translation>Codes de récupération restants</translation>
    </message>
    <message>
        <source>MFA due by</source>
        <translation>AMF à configurer avant le</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu’au</translation>
    </message>
    <message>
        <source>an administrator unlocks it</source>
        <translation>déverrouillage par un administrateur</translation>
    </message>
    <message>
        <source>Temporary access code valid until</source>
        <translation>Code d’accès temporaire valide jusqu’au</translation>
    </message>
</context>
<context>
    <name>pbx::UsersTableModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>AMF</translation>
    </message>
    <message>
        <source>MFA state</source>
        <translation>État de l’AMF</translation>
    </message>
</context>
<context>
    <name>pbx::cli::Cli</name>
    <message>
        <source>Multi-factor authentication must be set up for this account.</source>
        <translation>L’authentification multifacteur doit être configurée pour ce compte.</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app:</source>
        <translation>Balayez ce code avec votre application d’authentification :</translation>
    </message>
    <message>
        <source>Or enter this key by hand:</source>
        <translation>Ou saisissez cette clé à la main :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithme :</translation>
    </message>
    <message>
        <source>digits:</source>
        <translation>chiffres :</translation>
    </message>
    <message>
        <source>period:</source>
        <translation>période :</translation>
    </message>
    <message>
        <source>Save these recovery codes somewhere safe. Each signs you in once if you lose your phone (pbx-admin-cli login --recovery-code); they are not shown again.</source>
        <translation>Conservez ces codes de récupération en lieu sûr. Chacun vous connecte une fois si vous perdez votre téléphone (pbx-admin-cli login --recovery-code); ils ne seront plus affichés.</translation>
    </message>
    <message>
        <source>Portal URL (https://...).</source>
        <translation>Adresse du portail (https://...).</translation>
    </message>
    <message>
        <source>Username.</source>
        <translation>Nom d’utilisateur.</translation>
    </message>
    <message>
        <source>API client ID.</source>
        <translation>ID du client API.</translation>
    </message>
    <message>
        <source>API client secret (visible to other users in the process list: prefer --client-secret-file or PBX_CLIENT_SECRET).</source>
        <translation>Secret du client API (visible des autres utilisateurs dans la liste des processus : préférez --client-secret-file ou PBX_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Read the API client secret from the first line of FILE.</source>
        <translation>Lire le secret du client API sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM).</source>
        <translation>Faire aussi confiance aux certificats d’AC de FICHIER (PEM).</translation>
    </message>
    <message>
        <source>Trust exactly the certificate with this SHA-256 fingerprint.</source>
        <translation>Faire confiance exactement au certificat de cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>The code from the authenticator app (without it, the next line of standard input).</source>
        <translation>Le code de l’application d’authentification (sinon, la ligne suivante de l’entrée standard).</translation>
    </message>
    <message>
        <source>system (the default), none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>system (par défaut), none, http://HÔTE:PORT ou socks5://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>Answer the MFA challenge with a recovery code instead of a code from the app.</source>
        <translation>Répondre à la demande d’AMF avec un code de récupération plutôt qu’un code de l’application.</translation>
    </message>
    <message>
        <source>Answer the MFA challenge with a temporary access code from the help desk, then set up a new authenticator app.</source>
        <translation>Répondre à la demande d’AMF avec un code d’accès temporaire du centre d’assistance, puis configurer une nouvelle application d’authentification.</translation>
    </message>
    <message>
        <source>Give the client secret once: --client-secret, --client-secret-file or PBX_CLIENT_SECRET.</source>
        <translation>Donnez le secret du client une seule fois : --client-secret, --client-secret-file ou PBX_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>--client-secret-file: cannot read %1: %2</source>
        <translation>--client-secret-file : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--client-secret-file: %1 is empty.</source>
        <translation>--client-secret-file : %1 est vide.</translation>
    </message>
    <message>
        <source>PBX_CLIENT_SECRET is empty.</source>
        <translation>PBX_CLIENT_SECRET est vide.</translation>
    </message>
    <message>
        <source>--ca and --pin cannot be used together.</source>
        <translation>--ca et --pin ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--recovery-code and --temporary-access cannot be used together.</source>
        <translation>--recovery-code et --temporary-access ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--pin takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>--pin attend une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points permis.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input is empty.</source>
        <translation>--password-stdin : l’entrée standard est vide.</translation>
    </message>
    <message>
        <source>Portal URL: </source>
        <translation>Adresse du portail : </translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nom d’utilisateur : </translation>
    </message>
    <message>
        <source>Client ID: </source>
        <translation>ID du client : </translation>
    </message>
    <message>
        <source>Client secret: </source>
        <translation>Secret du client : </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s).</source>
        <translation>
            <numerusform>Le portail est occupé, nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le portail est occupé, nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Code de votre application d’authentification : </translation>
    </message>
    <message>
        <source>This account uses multi-factor authentication.</source>
        <translation>Ce compte utilise l’authentification multifacteur.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Code de récupération : </translation>
    </message>
    <message>
        <source>Temporary access code: </source>
        <translation>Code d’accès temporaire : </translation>
    </message>
    <message>
        <source>Recovery codes left: %1</source>
        <translation>Codes de récupération restants : %1</translation>
    </message>
    <message>
        <source>Sign in to a PBX portal, completing MFA enrollment or challenge.</source>
        <translation>Se connecter à un portail PBX, en terminant la configuration ou la vérification de l’AMF.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), scope %3, domain %4.</source>
        <translation>Connecté en tant que %1 (%2), portée %3, domaine %4.</translation>
    </message>
    <message numerus="yes">
        <source>Multi-factor authentication must be set up by %1 (%n day(s) left). Sign in with pbx-admin to set it up.</source>
        <translation>
            <numerusform>L’authentification multifacteur doit être configurée d’ici le %1 (%n jour restant). Connectez-vous avec pbx-admin pour la configurer.</numerusform>
            <numerusform>L’authentification multifacteur doit être configurée d’ici le %1 (%n jours restants). Connectez-vous avec pbx-admin pour la configurer.</numerusform>
        </translation>
    </message>
    <message>
        <source>List a domain&apos;s users with their MFA state.</source>
        <translation>Lister les utilisateurs d’un domaine avec leur état d’AMF.</translation>
    </message>
    <message>
        <source>The domain.</source>
        <translation>Le domaine.</translation>
    </message>
    <message>
        <source>Only users in this MFA state: pending, enrolled, not-required or unknown.</source>
        <translation>Seulement les utilisateurs dans cet état d’AMF : pending, enrolled, not-required ou unknown.</translation>
    </message>
    <message>
        <source>Write CSV instead of a table.</source>
        <translation>Écrire du CSV plutôt qu’un tableau.</translation>
    </message>
    <message>
        <source>users list needs --domain D.</source>
        <translation>users list demande --domain D.</translation>
    </message>
    <message>
        <source>--mfa takes pending, enrolled, not-required or unknown.</source>
        <translation>--mfa attend pending, enrolled, not-required ou unknown.</translation>
    </message>
    <message>
        <source>MFA state</source>
        <translation>État de l’AMF</translation>
    </message>
    <message>
        <source>--mfa %1 cannot be fully answered (users whose MFA state is unknown: %2 of %3). %4</source>
        <translation>--mfa %1 ne peut pas être entièrement respecté (utilisateurs dont l’état d’AMF est inconnu : %2 sur %3). %4</translation>
    </message>
    <message>
        <source>Show one user of a domain with their MFA state.</source>
        <translation>Afficher un utilisateur d’un domaine avec son état d’AMF.</translation>
    </message>
    <message>
        <source>The user&apos;s domain.</source>
        <translation>Le domaine de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user (as in the user column, e.g. 1001).</source>
        <translation>L’utilisateur (comme dans la colonne utilisateur, p. ex. 1001).</translation>
    </message>
    <message>
        <source>users show needs --domain D and one user.</source>
        <translation>users show demande --domain D et un utilisateur.</translation>
    </message>
    <message>
        <source>Require MFA, stop requiring it, reset it, unlock accounts, send reminders, or issue temporary access codes.</source>
        <translation>Exiger l’AMF, ne plus l’exiger, la réinitialiser, déverrouiller des comptes, envoyer des rappels ou émettre des codes d’accès temporaire.</translation>
    </message>
    <message>
        <source>The users&apos; domain.</source>
        <translation>Le domaine des utilisateurs.</translation>
    </message>
    <message>
        <source>temporary-access: why, for the audit log (e.g. a ticket number).</source>
        <translation>temporary-access : la raison, pour le journal d’audit (p. ex. un numéro de billet).</translation>
    </message>
    <message>
        <source>require, unrequire, reset, unlock, remind or temporary-access</source>
        <translation>require, unrequire, reset, unlock, remind ou temporary-access</translation>
    </message>
    <message>
        <source>The users (as in the user column, e.g. 1001).</source>
        <translation>Les utilisateurs (comme dans la colonne utilisateur, p. ex. 1001).</translation>
    </message>
    <message>
        <source>mfa takes require, unrequire, reset, unlock, remind or temporary-access.</source>
        <translation>mfa attend require, unrequire, reset, unlock, remind ou temporary-access.</translation>
    </message>
    <message>
        <source>mfa %1 needs --domain D and at least one user.</source>
        <translation>mfa %1 demande --domain D et au moins un utilisateur.</translation>
    </message>
    <message>
        <source>reminder sent</source>
        <translation>rappel envoyé</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valide jusqu’au %2)</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>déverrouillé</translation>
    </message>
    <message>
        <source>%1 needs a new code from your authenticator app: </source>
        <translation>%1 demande un nouveau code de votre application d’authentification : </translation>
    </message>
    <message>
        <source>Set a domain&apos;s MFA enrollment deadline: until then, users who must set up MFA may still sign in and do it later. &apos;none&apos; removes it.</source>
        <translation>Fixer la date limite d’inscription à l’AMF d’un domaine : d’ici là, les utilisateurs qui doivent configurer l’AMF peuvent encore se connecter et le faire plus tard. « none » la retire.</translation>
    </message>
    <message>
        <source>A date (through its end), an ISO 8601 date and time, or none.</source>
        <translation>Une date (jusqu’à sa fin), une date et heure ISO 8601, ou none.</translation>
    </message>
    <message>
        <source>mfa deadline needs --domain D and a date, or none.</source>
        <translation>mfa deadline demande --domain D et une date, ou none.</translation>
    </message>
    <message>
        <source>mfa deadline takes a date such as 2027-01-31, a date and time such as 2027-01-31T17:00:00+01:00, or none.</source>
        <translation>mfa deadline attend une date comme 2027-01-31, une date et heure comme 2027-01-31T17:00:00+01:00, ou none.</translation>
    </message>
    <message>
        <source>MFA enrollment due by %1</source>
        <translation>Inscription à l’AMF exigée d’ici le %1</translation>
    </message>
    <message>
        <source>no MFA enrollment deadline</source>
        <translation>aucune date limite d’inscription à l’AMF</translation>
    </message>
    <message>
        <source>How far along with MFA each domain of your scope is, or one domain: users, enrolled, pending, not required, overdue, locked.</source>
        <translation>Où en est l’AMF dans chaque domaine de votre portée, ou dans un seul : utilisateurs, configurés, en attente, non obligatoires, en retard, verrouillés.</translation>
    </message>
    <message>
        <source>Only this domain.</source>
        <translation>Seulement ce domaine.</translation>
    </message>
    <message>
        <source>--domain needs a domain.</source>
        <translation>--domain demande un domaine.</translation>
    </message>
    <message>
        <source>All domains (%1)</source>
        <translation>Tous les domaines (%1)</translation>
    </message>
    <message>
        <source>the portal offers no MFA summary; counted from the directory listing (%1 users, %2 s).</source>
        <translation>le portail n’offre pas de résumé d’AMF; compté d’après la liste de l’annuaire (%1 utilisateurs, %2 s).</translation>
    </message>
    <message>
        <source>MFA state unknown for %1 of %2 users; they are in no other count. %3</source>
        <translation>État d’AMF inconnu pour %1 utilisateurs sur %2; ils ne figurent dans aucun autre compte. %3</translation>
    </message>
    <message>
        <source>Replace your recovery codes. Asks for a new code from your authenticator app (the next line of standard input after the sign-in&apos;s).</source>
        <translation>Remplacer vos codes de récupération. Demande un nouveau code de votre application d’authentification (la ligne de l’entrée standard qui suit celle de la connexion).</translation>
    </message>
    <message>
        <source>A new code from your authenticator app, to confirm: </source>
        <translation>Un nouveau code de votre application d’authentification, pour confirmer : </translation>
    </message>
    <message>
        <source>Show the MFA audit log of a domain.</source>
        <translation>Afficher le journal d’audit de l’AMF d’un domaine.</translation>
    </message>
    <message>
        <source>Only events from this date or time (ISO 8601).</source>
        <translation>Seulement les événements depuis cette date ou heure (ISO 8601).</translation>
    </message>
    <message>
        <source>audit needs --domain D.</source>
        <translation>audit demande --domain D.</translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-11-01 or 2026-11-01T08:00:00Z.</source>
        <translation>--since attend une date comme 2026-11-01 ou 2026-11-01T08:00:00Z.</translation>
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
        <translation>Utilisation : pbx-admin-cli COMMANDE OPTIONS-DE-CONNEXION...
Commandes :
  login
  users list --domain D [--mfa pending|enrolled|not-required|unknown] [--csv]
  users show --domain D UTILISATEUR
  mfa require|unrequire|reset|unlock|remind --domain D UTILISATEUR...
  mfa temporary-access --domain D [--lifetime MINUTES] [--reason TEXTE] UTILISATEUR...
  mfa deadline --domain D DATE|none
  mfa summary [--domain D] [--csv]
  recovery-codes
  audit --domain D [--since DATE]
Options de connexion : --server URL --user U --client-id ID
  [--client-secret-file FICHIER | --client-secret S] (ou PBX_CLIENT_SECRET)
  [--ca FICHIER | --pin SHA256] [--proxy PROXY] [--password-stdin] [--passcode CODE]
  [--recovery-code | --temporary-access]
Sans --passcode, le code est lu sur la ligne suivante de l’entrée standard.
Faites « pbx-admin-cli COMMANDE --help » pour les détails.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>temporary-access: minutes the code is valid (%1 to %2; %3).</source>
        <translation>temporary-access : minutes de validité du code (%1 à %2; %3).</translation>
    </message>
    <message>
        <source>--lifetime takes minutes from %1 to %2.</source>
        <translation>--lifetime attend un nombre de minutes de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>pbx::csv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pbx::mfa</name>
    <message>
        <source>The key URI is too long.</source>
        <translation>L’URI de la clé est trop longue.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// key URI.</source>
        <translation>Ceci n’est pas une URI de clé otpauth://.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) keys are not supported; only time-based (TOTP) keys are.</source>
        <translation>Les clés à compteur (HOTP) ne sont pas prises en charge; seules les clés basées sur le temps (TOTP) le sont.</translation>
    </message>
    <message>
        <source>The key type is neither totp nor hotp.</source>
        <translation>Le type de clé n’est ni totp ni hotp.</translation>
    </message>
    <message>
        <source>The key URI has no account label.</source>
        <translation>L’URI de la clé n’a pas d’étiquette de compte.</translation>
    </message>
    <message>
        <source>The account label is too long.</source>
        <translation>L’étiquette du compte est trop longue.</translation>
    </message>
    <message>
        <source>The key URI contains invalid percent-encoding.</source>
        <translation>L’URI de la clé contient un encodage-pourcent invalide.</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>Le nom du compte est vide.</translation>
    </message>
    <message>
        <source>The issuer is empty.</source>
        <translation>L’émetteur est vide.</translation>
    </message>
    <message>
        <source>The issuer in the label differs from the issuer parameter.</source>
        <translation>L’émetteur de l’étiquette diffère du paramètre issuer.</translation>
    </message>
    <message>
        <source>A parameter appears more than once.</source>
        <translation>Un paramètre apparaît plus d’une fois.</translation>
    </message>
    <message>
        <source>The key URI has no secret.</source>
        <translation>L’URI de la clé n’a pas de secret.</translation>
    </message>
    <message>
        <source>The secret is not valid base32.</source>
        <translation>Le secret n’est pas en base32 valide.</translation>
    </message>
    <message>
        <source>The secret is longer than 1024 bits.</source>
        <translation>Le secret fait plus de 1024 bits.</translation>
    </message>
    <message>
        <source>The algorithm must be SHA1, SHA256 or SHA512.</source>
        <translation>L’algorithme doit être SHA1, SHA256 ou SHA512.</translation>
    </message>
    <message>
        <source>The code length must be 6 or 8 digits.</source>
        <translation>Le code doit compter 6 ou 8 chiffres.</translation>
    </message>
    <message>
        <source>The period must be between 10 and 300 seconds.</source>
        <translation>La période doit être entre 10 et 300 secondes.</translation>
    </message>
    <message>
        <source>The key URI has parts an authenticator does not expect (user, port or fragment).</source>
        <translation>L’URI de la clé contient des parties qu’une application d’authentification n’attend pas (utilisateur, port ou fragment).</translation>
    </message>
    <message>
        <source>The issuer must not contain a colon.</source>
        <translation>L’émetteur ne doit pas contenir de deux-points.</translation>
    </message>
    <message>
        <source>The secret is shorter than 128 bits.</source>
        <translation>Le secret fait moins de 128 bits.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::AboutDialog</name>
    <message>
        <source>About PBX Admin</source>
        <translation>À propos de PBX Admin</translation>
    </message>
    <message>
        <source>PBX Admin %1</source>
        <translation>PBX Admin %1</translation>
    </message>
    <message>
        <source>Signs in to hosted PBX portals and sets up multi-factor authentication.</source>
        <translation>Se connecte aux portails PBX hébergés et configure l’authentification multifacteur.</translation>
    </message>
    <message>
        <source>This program comes with ABSOLUTELY NO WARRANTY. It is free software under the GNU General Public License, version 3 or later; the libraries keep their own licenses, listed above.</source>
        <translation>Ce programme est fourni SANS AUCUNE GARANTIE. C’est un logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure; les bibliothèques conservent leurs propres licences, indiquées ci-dessus.</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Versions, system, portal host and recent errors, for your support ticket. No password, code or key is included.</source>
        <translation>Versions, système, hôte du portail et erreurs récentes, pour votre demande de soutien. Aucun mot de passe, code ni clé n’y figure.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostics copiés dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::AppController</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Entrez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s client ID under Advanced. Your provider gives it.</source>
        <translation>Entrez l’ID client du portail sous Avancé. Votre fournisseur vous le donne.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s client secret under Advanced. Your provider gives it.</source>
        <translation>Entrez le secret client du portail sous Avancé. Votre fournisseur vous le donne.</translation>
    </message>
    <message>
        <source>Sign-in was stopped. If your provider replaced the certificate, confirm the new fingerprint with them before trusting it.</source>
        <translation>La connexion a été arrêtée. Si votre fournisseur a remplacé le certificat, confirmez avec lui la nouvelle empreinte avant de l’approuver.</translation>
    </message>
    <message>
        <source>Check them and try again.</source>
        <translation>Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is active</source>
        <translation>L’authentification multifacteur est active</translation>
    </message>
    <message>
        <source>Multi-factor authentication is now set up. You will be asked for a code from your authenticator app every time you sign in.</source>
        <translation>L’authentification multifacteur est maintenant configurée. Un code de votre application d’authentification vous sera demandé à chaque connexion.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::AttemptStatus</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy. Enter a new code in %n second(s).</source>
        <translation>
            <numerusform>Le portail est occupé. Entrez un nouveau code dans %n seconde.</numerusform>
            <numerusform>Le portail est occupé. Entrez un nouveau code dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s)…</source>
        <translation>
            <numerusform>Le portail est occupé; nouvel essai dans %n seconde…</numerusform>
            <numerusform>Le portail est occupé; nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Audit log — %1</source>
        <translation>Journal d’audit — %1</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Tout utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d’audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n événement.</numerusform>
            <numerusform>%n événements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer does not trust.&lt;br&gt;Trust it only if your provider confirms this fingerprint.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a présenté un certificat que cet ordinateur n’approuve pas.&lt;br&gt;Approuvez-le seulement si votre fournisseur confirme cette empreinte.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Émis pour :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Approuver ce certificat</translation>
    </message>
</context>
<context>
    <name>pbx::ui::ChartFile</name>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pbx::ui::DemoBanner</name>
    <message>
        <source>Demo portal: simulated data on this computer, not a real PBX.</source>
        <translation>Portail de démonstration : données simulées sur cet ordinateur, pas un vrai PBX.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentBars</name>
    <message>
        <source>Enrollment by domain, most behind first</source>
        <translation>Inscription par domaine, les plus en retard d’abord</translation>
    </message>
    <message>
        <source>Each domain&apos;s users split into enrolled, pending and not required. The table lists the same figures.</source>
        <translation>Les utilisateurs de chaque domaine répartis entre inscrits, en attente et non requis. Le tableau donne les mêmes chiffres.</translation>
    </message>
    <message>
        <source>No domains</source>
        <translation>Aucun domaine</translation>
    </message>
    <message>
        <source>%1: %2 users; %3 enrolled, %4 pending (%5 overdue), %6 not required</source>
        <translation>%1 : %2 utilisateurs; %3 inscrits, %4 en attente (%5 en retard), %6 non requis</translation>
    </message>
    <message>
        <source>; MFA state unknown for %1</source>
        <translation>; état de l’AMF inconnu pour %1</translation>
    </message>
    <message>
        <source>A picture holds at most %1 domains; export a PDF, which has pages, or the table.</source>
        <translation>Une image contient au plus %1 domaines; exportez un PDF, qui a des pages, ou le tableau.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>E&amp;xport table…</source>
        <translation>E&amp;xporter le tableau…</translation>
    </message>
    <message>
        <source>Most behind first</source>
        <translation>Les plus en retard d’abord</translation>
    </message>
    <message>
        <source>Fi&amp;nd domain:</source>
        <translation>C&amp;hercher un domaine :</translation>
    </message>
    <message>
        <source>Find domain</source>
        <translation>Chercher un domaine</translation>
    </message>
    <message>
        <source>Enrollment by domain</source>
        <translation>Inscription par domaine</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the domain&apos;s users</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir les utilisateurs du domaine</translation>
    </message>
    <message>
        <source>Export enrollment by domain</source>
        <translation>Exporter l’inscription par domaine</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s), %1 users: %2 enrolled (%3 of those required), %4 pending, %5 overdue, %6 not required, %7 locked</source>
        <translation>
            <numerusform>%n domaine, %1 utilisateurs : %2 inscrits (%3 de ceux qui le doivent), %4 en attente, %5 en retard, %6 non requis, %7 verrouillés</numerusform>
            <numerusform>%n domaines, %1 utilisateurs : %2 inscrits (%3 de ceux qui le doivent), %4 en attente, %5 en retard, %6 non requis, %7 verrouillés</numerusform>
        </translation>
    </message>
    <message>
        <source>; MFA state unknown for %1</source>
        <translation>; état de l’AMF inconnu pour %1</translation>
    </message>
    <message>
        <source>As the portal counts them, at %1.</source>
        <translation>Selon le décompte du portail, à %1.</translation>
    </message>
    <message>
        <source>This portal has no MFA summary: counted from the directory listing in %1 s, at %2.</source>
        <translation>Ce portail n’a pas de sommaire de l’AMF : décompte fait à partir de l’annuaire en %1 s, à %2.</translation>
    </message>
    <message>
        <source>Could not load the figures: %1</source>
        <translation>Impossible de charger les chiffres : %1</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Count from the &amp;listing</source>
        <translation>&amp;Compter à partir de l’annuaire</translation>
    </message>
    <message>
        <source>Reads every user of every domain; on a large territory this takes a while</source>
        <translation>Lit chaque utilisateur de chaque domaine; sur un grand territoire, cela prend un moment</translation>
    </message>
    <message>
        <source>Enrollments per week</source>
        <translation>Inscriptions par semaine</translation>
    </message>
    <message>
        <source>By do&amp;main</source>
        <translation>Par do&amp;maine</translation>
    </message>
    <message>
        <source>By &amp;week</source>
        <translation>Par sema&amp;ine</translation>
    </message>
    <message>
        <source>Export enrollments per week</source>
        <translation>Exporter les inscriptions par semaine</translation>
    </message>
    <message>
        <source>Enrollment by &amp;domain…</source>
        <translation>Inscription par &amp;domaine…</translation>
    </message>
    <message>
        <source>Enrollments per &amp;week…</source>
        <translation>Inscriptions par &amp;semaine…</translation>
    </message>
    <message>
        <source>Counting users from the directory listing…</source>
        <translation>Décompte des utilisateurs à partir de l’annuaire…</translation>
    </message>
    <message>
        <source>This portal has no MFA summary. Counting from the directory listing reads every user.</source>
        <translation>Ce portail n’a pas de sommaire de l’AMF. Le décompte à partir de l’annuaire lit chaque utilisateur.</translation>
    </message>
    <message>
        <source>From the audit log&apos;s enrollments.</source>
        <translation>D’après les inscriptions du journal d’audit.</translation>
    </message>
    <message>
        <source>This portal does not say which users enrolled, so when they did is unknown.</source>
        <translation>Ce portail n’indique pas quels utilisateurs sont inscrits; la date de leur inscription est donc inconnue.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log records no enrollments in the last %n week(s).</source>
        <translation>
            <numerusform>Le journal d’audit ne contient aucune inscription pendant la dernière semaine.</numerusform>
            <numerusform>Le journal d’audit ne contient aucune inscription pendant les %n dernières semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the enrollment dates of the users listed: this account cannot read the audit log.</source>
        <translation>D’après les dates d’inscription des utilisateurs de l’annuaire : ce compte ne peut pas lire le journal d’audit.</translation>
    </message>
    <message>
        <source>This account cannot read the audit log. Count from the directory listing to see when users enrolled.</source>
        <translation>Ce compte ne peut pas lire le journal d’audit. Faites le décompte à partir de l’annuaire pour voir quand les utilisateurs se sont inscrits.</translation>
    </message>
    <message>
        <source>Could not load enrollments over time: %1</source>
        <translation>Impossible de charger les inscriptions dans le temps : %1</translation>
    </message>
    <message>
        <source>Counting users: %v of %m domains</source>
        <translation>Décompte des utilisateurs : %v domaines sur %m</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentDeadlineDialog</name>
    <message>
        <source>&amp;No deadline: MFA blocks at the next sign-in</source>
        <translation>&amp;Aucune date limite : l’AMF bloque dès la prochaine connexion</translation>
    </message>
    <message>
        <source>Enrollment deadline — %1</source>
        <translation>Date limite d’inscription — %1</translation>
    </message>
    <message>
        <source>Until the end of this day, users of %1 who must set up multi-factor authentication may still sign in, and are reminded each time. After it, they must set it up first.</source>
        <translation>Jusqu’à la fin de ce jour, les utilisateurs de %1 qui doivent configurer l’authentification multifacteur peuvent encore se connecter, avec un rappel chaque fois. Ensuite, ils devront d’abord la configurer.</translation>
    </message>
    <message>
        <source>&amp;Set up by:</source>
        <translation>&amp;Date limite :</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentLegend</name>
    <message>
        <source>Key to the bars</source>
        <translation>Légende des barres</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>users, counted</comment>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>users, counted</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not required</source>
        <comment>users, counted</comment>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>users, counted</comment>
        <translation>Inconnus</translation>
    </message>
</context>
<context>
    <name>pbx::ui::EnrollmentTrendChart</name>
    <message>
        <source>Enrollments per week</source>
        <translation>Inscriptions par semaine</translation>
    </message>
    <message numerus="yes">
        <source>%1 enrollments in the %n weeks from %2; the busiest week had %3. The table &quot;By week&quot; lists every week.</source>
        <translation>
            <numerusform>%1 inscriptions pendant la semaine du %2; la semaine la plus chargée en a eu %3. Le tableau « Par semaine » liste chaque semaine.</numerusform>
            <numerusform>%1 inscriptions pendant les %n semaines depuis le %2; la semaine la plus chargée en a eu %3. Le tableau « Par semaine » liste chaque semaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>No enrollments to show</source>
        <translation>Aucune inscription à afficher</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1, so far: %n enrolled</source>
        <translation>
            <numerusform>Semaine du %1, jusqu’ici : %n inscrit</numerusform>
            <numerusform>Semaine du %1, jusqu’ici : %n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n enrolled</source>
        <translation>
            <numerusform>Semaine du %1 : %n inscrit</numerusform>
            <numerusform>Semaine du %1 : %n inscrits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::HelpDeskConsole</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Require MFA</source>
        <translation>&amp;Exiger l’AMF</translation>
    </message>
    <message>
        <source>S&amp;top requiring MFA</source>
        <translation>&amp;Ne plus exiger l’AMF</translation>
    </message>
    <message>
        <source>R&amp;eset MFA…</source>
        <translation>&amp;Réinitialiser l’AMF…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>Journal d’a&amp;udit…</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>User, name or email</source>
        <translation>Utilisateur, nom ou courriel</translation>
    </message>
    <message>
        <source>Filter by user, name or email</source>
        <translation>Filtrer par utilisateur, nom ou courriel</translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation>&amp;AMF :</translation>
    </message>
    <message>
        <source>MFA state</source>
        <translation>État de l’AMF</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Domain &amp;policy</source>
        <translation>&amp;Politique du domaine</translation>
    </message>
    <message>
        <source>Require MFA for everyone in the domain</source>
        <translation>Exiger l’AMF pour tout le domaine</translation>
    </message>
    <message>
        <source>Require MFA for office managers and above</source>
        <translation>Exiger l’AMF pour les gestionnaires de bureau et plus</translation>
    </message>
    <message>
        <source>Loading users… %1 of %2</source>
        <translation>Chargement des utilisateurs… %1 sur %2</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Chargement des domaines…</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation> (%1 affichés)</translation>
    </message>
    <message>
        <source>%1 users%2: %3 enrolled, %4 pending, %5 not required</source>
        <translation>%1 utilisateurs%2 : %3 configurés, %4 en attente, %5 non obligatoires</translation>
    </message>
    <message>
        <source>Require MFA</source>
        <translation>Exiger l’AMF</translation>
    </message>
    <message numerus="yes">
        <source>Require multi-factor authentication for %n user(s): %1? Those not yet enrolled must set it up at their next sign-in.</source>
        <translation>
            <numerusform>Exiger l’authentification multifacteur pour %n utilisateur : %1? S’il ne l’a pas encore configurée, il devra le faire à sa prochaine connexion.</numerusform>
            <numerusform>Exiger l’authentification multifacteur pour %n utilisateurs : %1? Ceux qui ne l’ont pas encore configurée devront le faire à leur prochaine connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop requiring MFA</source>
        <translation>Ne plus exiger l’AMF</translation>
    </message>
    <message numerus="yes">
        <source>Stop requiring multi-factor authentication for %n user(s): %1?</source>
        <translation>
            <numerusform>Ne plus exiger l’authentification multifacteur pour %n utilisateur : %1?</numerusform>
            <numerusform>Ne plus exiger l’authentification multifacteur pour %n utilisateurs : %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>Réinitialiser l’AMF</translation>
    </message>
    <message numerus="yes">
        <source>Reset multi-factor authentication for %n user(s): %1? Their authenticator stops working, they must set it up again at their next sign-in, and their current sessions end.</source>
        <translation>
            <numerusform>Réinitialiser l’authentification multifacteur pour %n utilisateur : %1? Son application d’authentification cessera de fonctionner, il devra la configurer de nouveau à sa prochaine connexion et ses sessions en cours prendront fin.</numerusform>
            <numerusform>Réinitialiser l’authentification multifacteur pour %n utilisateurs : %1? Leur application d’authentification cessera de fonctionner, ils devront la configurer de nouveau à leur prochaine connexion et leurs sessions en cours prendront fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes failed</source>
        <translation>Certaines modifications ont échoué</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 sur %2…</translation>
    </message>
    <message>
        <source>Domain policy</source>
        <translation>Politique du domaine</translation>
    </message>
    <message>
        <source>Require multi-factor authentication in %1 for: %2?</source>
        <translation>Exiger l’authentification multifacteur dans %1 pour : %2?</translation>
    </message>
    <message>
        <source>Applying the policy…</source>
        <translation>Application de la politique…</translation>
    </message>
    <message numerus="yes">
        <source>MFA is now required for %n more user(s).</source>
        <translation>
            <numerusform>L’AMF est maintenant exigée pour %n utilisateur de plus.</numerusform>
            <numerusform>L’AMF est maintenant exigée pour %n utilisateurs de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>This portal does not offer MFA administration, so the actions are hidden. Listing users still works.</source>
        <translation>Ce portail n’offre pas l’administration de l’AMF; les actions sont donc masquées. La liste des utilisateurs fonctionne toujours.</translation>
    </message>
    <message>
        <source>%1: not changed (your password was not given)</source>
        <translation>%1 : non modifié (votre mot de passe n’a pas été fourni)</translation>
    </message>
    <message>
        <source>%1 users%2; MFA state unknown</source>
        <translation>%1 utilisateurs%2; état de l’AMF inconnu</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 inconnus</translation>
    </message>
    <message>
        <source>This portal does not report MFA state or offer MFA administration, so the actions are hidden. Listing users still works.</source>
        <translation>Ce portail n’indique pas l’état de l’AMF et n’en offre pas l’administration; les actions sont donc masquées. La liste des utilisateurs fonctionne toujours.</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Lift the lock after too many failed sign-in attempts</source>
        <translation>Lever le verrouillage après trop de tentatives de connexion échouées</translation>
    </message>
    <message>
        <source>Have the portal remind the selected users to set up MFA</source>
        <translation>Faire rappeler par le portail aux utilisateurs sélectionnés de configurer l’AMF</translation>
    </message>
    <message>
        <source>A single-use code with which one user signs in and sets up a new phone</source>
        <translation>Un code à usage unique avec lequel un utilisateur se connecte et configure un nouveau téléphone</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n user(s) locked after failed sign-in attempts: %1?</source>
        <translation>
            <numerusform>Déverrouiller %n utilisateur verrouillé après des tentatives de connexion échouées : %1?</numerusform>
            <numerusform>Déverrouiller %n utilisateurs verrouillés après des tentatives de connexion échouées : %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Envoyer un rappel</translation>
    </message>
    <message numerus="yes">
        <source>Have the portal remind %n user(s) to set up multi-factor authentication: %1?</source>
        <translation>
            <numerusform>Faire rappeler par le portail à %n utilisateur de configurer l’authentification multifacteur : %1?</numerusform>
            <numerusform>Faire rappeler par le portail à %n utilisateurs de configurer l’authentification multifacteur : %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send rem&amp;inder</source>
        <translation>Envoyer un rappe&amp;l</translation>
    </message>
    <message>
        <source>Temporary access &amp;code…</source>
        <translation>Code d’accès &amp;temporaire…</translation>
    </message>
    <message>
        <source>Set an enrollment deadline…</source>
        <translation>Fixer une date limite d’inscription…</translation>
    </message>
    <message>
        <source>%1: users who must set up MFA may put it off until %2.</source>
        <translation>%1 : les utilisateurs qui doivent configurer l’AMF peuvent attendre jusqu’au %2.</translation>
    </message>
    <message>
        <source>%1: no enrollment deadline; MFA blocks at the next sign-in.</source>
        <translation>%1 : aucune date limite; l’AMF bloque dès la prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 opens once the change under way is done or cancelled.</source>
        <translation>%1 s’ouvrira une fois la modification en cours terminée ou annulée.</translation>
    </message>
    <message>
        <source>%1 is not among your domains.</source>
        <translation>%1 ne fait pas partie de vos domaines.</translation>
    </message>
    <message>
        <source>All domains open once the change under way is done or cancelled.</source>
        <translation>Tous les domaines s’ouvriront une fois la modification en cours terminée ou annulée.</translation>
    </message>
    <message>
        <source> (still loading: searching the users loaded so far)</source>
        <translation> (chargement en cours : recherche parmi les utilisateurs déjà chargés)</translation>
    </message>
    <message>
        <source>Loading users… %1 so far, %2 of %3 domains</source>
        <translation>Chargement des utilisateurs… %1 jusqu’ici, %2 domaines sur %3</translation>
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
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <source>Multi-factor authentication:</source>
        <translation>Authentification multifacteur :</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Enrolled since %1</source>
        <translation>Configurée depuis le %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Configurée</translation>
    </message>
    <message>
        <source>Required, not set up</source>
        <translation>Obligatoire, pas configurée</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Pas obligatoire</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message numerus="yes">
        <source>, %n recovery code(s) left</source>
        <translation>
            <numerusform>, %n code de récupération restant</numerusform>
            <numerusform>, %n codes de récupération restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set up multi-factor authentication by %1: %n day(s) left. After that, nothing of the portal can be used until it is set up.</source>
        <translation>
            <numerusform>Configurez l’authentification multifacteur avant le %1 : il reste %n jour. Ensuite, rien du portail ne pourra être utilisé avant qu’elle soit configurée.</numerusform>
            <numerusform>Configurez l’authentification multifacteur avant le %1 : il reste %n jours. Ensuite, rien du portail ne pourra être utilisé avant qu’elle soit configurée.</numerusform>
        </translation>
    </message>
    <message>
        <source>New recovery codes, for when you lose your phone; the old ones stop working</source>
        <translation>De nouveaux codes de récupération, pour le jour où vous perdez votre téléphone; les anciens cessent de fonctionner</translation>
    </message>
    <message>
        <source>Required by %1, not set up</source>
        <translation>Exigée avant le %1, non configurée</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <source>Recovery codes not replaced: %1</source>
        <translation>Codes de récupération non remplacés : %1</translation>
    </message>
    <message>
        <source>Replace reco&amp;very codes…</source>
        <translation>Remplacer les &amp;codes de récupération…</translation>
    </message>
    <message>
        <source>Set up no&amp;w…</source>
        <translation>Configurer &amp;maintenant…</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>Ta&amp;bleau de bord</translation>
    </message>
    <message>
        <source>U&amp;sers</source>
        <translation>Utili&amp;sateurs</translation>
    </message>
</context>
<context>
    <name>pbx::ui::MessageBoxes</name>
    <message>
        <source>Sign out?</source>
        <translation>Se déconnecter?</translation>
    </message>
    <message>
        <source>Multi-factor authentication is not complete. Sign out now?</source>
        <translation>L’authentification multifacteur n’est pas terminée. Se déconnecter maintenant?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
</context>
<context>
    <name>pbx::ui::MfaEnrollmentDialog</name>
    <message>
        <source>Multi-factor authentication required</source>
        <translation>Authentification multifacteur obligatoire</translation>
    </message>
    <message>
        <source>Your portal requires a code from an authenticator app each time you sign in to this account. Until it is set up, nothing else of the portal can be used.</source>
        <translation>Votre portail exige un code d’une application d’authentification à chaque connexion à ce compte. Tant qu’elle n’est pas configurée, rien d’autre du portail n’est accessible.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Configure MFA</source>
        <translation>&amp;Configurer l’AMF</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or FreeOTP.</source>
        <translation>Numérisez ce code avec une application d’authentification sur votre téléphone, comme Google Authenticator, Microsoft Authenticator ou FreeOTP.</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Can&apos;t scan the code?</source>
        <translation>Impossible de numériser le code?</translation>
    </message>
    <message>
        <source>Enter this key in the app as a time-based key:</source>
        <translation>Entrez cette clé dans l’application comme clé basée sur le temps :</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code de l’application d’authentification</translation>
    </message>
    <message>
        <source>Your portal password</source>
        <translation>Le mot de passe de votre portail</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Code de l’application :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Key copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>Clé copiée. Elle sera effacée du presse-papiers dans 30 secondes.</translation>
    </message>
    <message>
        <source>Set up multi-factor authentication</source>
        <translation>Configurer l’authentification multifacteur</translation>
    </message>
    <message>
        <source>The key has changed. Scan the new code (or enter the new key) before you try again.</source>
        <translation>La clé a changé. Numérisez le nouveau code (ou entrez la nouvelle clé) avant de réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Algorithm %1, %n digits, a new code every %2 seconds.</source>
        <translation>
            <numerusform>Algorithme %1, %n chiffre, un nouveau code toutes les %2 secondes.</numerusform>
            <numerusform>Algorithme %1, %n chiffres, un nouveau code toutes les %2 secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting your key…</source>
        <translation>Obtention de votre clé…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Set up multi-factor authentication in your web portal</source>
        <translation>Configurez l’authentification multifacteur dans votre portail Web</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Set up multi-factor authentication by %1</source>
        <translation>Configurez l’authentification multifacteur avant le %1</translation>
    </message>
    <message numerus="yes">
        <source>Your portal will require a code from an authenticator app each time you sign in to this account. %n day(s) left: after %1 nothing of the portal can be used until it is set up. It takes a minute.</source>
        <translation>
            <numerusform>Votre portail exigera un code d’une application d’authentification à chaque connexion à ce compte. Il reste %n jour : après le %1, rien du portail ne pourra être utilisé avant qu’elle soit configurée. Cela prend une minute.</numerusform>
            <numerusform>Votre portail exigera un code d’une application d’authentification à chaque connexion à ce compte. Il reste %n jours : après le %1, rien du portail ne pourra être utilisé avant qu’elle soit configurée. Cela prend une minute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::PasscodeDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Authentification multifacteur</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app for %1.</source>
        <translation>Entrez le code de votre application d’authentification pour %1.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code de l’application d’authentification</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Use the &amp;authenticator app</source>
        <translation>Utiliser l’&amp;application d’authentification</translation>
    </message>
    <message>
        <source>Use a &amp;recovery code</source>
        <translation>Utiliser un code de &amp;récupération</translation>
    </message>
    <message>
        <source>Use a &amp;temporary access code</source>
        <translation>Utiliser un code d’accès &amp;temporaire</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved for %1. Each one works once.</source>
        <translation>Entrez l’un des codes de récupération que vous avez conservés pour %1. Chacun ne sert qu’une fois.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Code de &amp;récupération :</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Enter the temporary access code your help desk gave you for %1. You will then set up your new phone.</source>
        <translation>Entrez le code d’accès temporaire que votre service d’assistance vous a donné pour %1. Vous configurerez ensuite votre nouveau téléphone.</translation>
    </message>
    <message>
        <source>Temporary access code</source>
        <translation>Code d’accès temporaire</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>Code d’a&amp;ccès :</translation>
    </message>
</context>
<context>
    <name>pbx::ui::PasswordLineEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>pbx::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Code QR pour votre application d’authentification</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app. If you cannot scan it, choose “Can&apos;t scan the code?” to see the key and type it into the app.</source>
        <translation>Numérisez ce code avec votre application d’authentification. Si vous ne pouvez pas le numériser, choisissez « Impossible de numériser le code? » pour voir la clé et la taper dans l’application.</translation>
    </message>
</context>
<context>
    <name>pbx::ui::RecoveryCodesDialog</name>
    <message>
        <source>I have &amp;saved these codes somewhere safe</source>
        <translation>J’ai con&amp;servé ces codes en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Save your recovery codes</source>
        <translation>Conservez vos codes de récupération</translation>
    </message>
    <message>
        <source>If you lose your phone, each of these codes signs you in once, so that you can set up a new one. Keep them apart from your phone, where only you can get at them. They are not shown again.</source>
        <translation>Si vous perdez votre téléphone, chacun de ces codes vous connecte une fois, pour que vous puissiez en configurer un nouveau. Gardez-les loin de votre téléphone, là où vous seul y avez accès. Ils ne seront plus affichés.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>PBX Admin recovery codes for %1</source>
        <translation>Codes de récupération PBX Admin pour %1</translation>
    </message>
    <message>
        <source>Each code signs you in once if you lose your phone.</source>
        <translation>Chaque code vous connecte une fois si vous perdez votre téléphone.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds: paste them into your password manager now.</source>
        <translation>Copiés. Le presse-papiers sera vidé dans 30 secondes : collez-les maintenant dans votre gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Enregistrer les codes de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyés à l’imprimante.</translation>
    </message>
    <message>
        <source>Save your new recovery codes</source>
        <translation>Enregistrez vos nouveaux codes de récupération</translation>
    </message>
    <message>
        <source>Your previous recovery codes no longer work.</source>
        <translation>Vos anciens codes de récupération ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>Close without keeping the codes?</source>
        <translation>Fermer sans garder les codes?</translation>
    </message>
    <message>
        <source>Your previous recovery codes no longer work, and these are not shown again.</source>
        <translation>Vos anciens codes de récupération ne fonctionnent plus, et ceux-ci ne seront plus affichés.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>pbx::ui::SignInController</name>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>A name for this portal, for example your provider&apos;s:</source>
        <translation>Un nom pour ce portail, par exemple celui de votre fournisseur :</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Supprimer le profil?</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its address, client ID and proxy settings are forgotten; the portal itself is not changed.</source>
        <translation>Supprimer le profil « %1 »? Son adresse, son ID client et ses paramètres de proxy sont oubliés; le portail lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Starting the demo portal…</source>
        <translation>Démarrage du portail de démonstration…</translation>
    </message>
</context>
<context>
    <name>pbx::ui::SignInWindow</name>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in — PBX Admin</source>
        <translation>Connexion — PBX Admin</translation>
    </message>
    <message>
        <source>Sign in to your PBX portal</source>
        <translation>Connectez-vous à votre portail PBX</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>user@domain</source>
        <translation>utilisateur@domaine</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>P&amp;ortal:</source>
        <translation>P&amp;ortail :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <source>API client ID</source>
        <translation>ID client de l’API</translation>
    </message>
    <message>
        <source>API client secret</source>
        <translation>Secret client de l’API</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Your provider gives these. The secret is kept in the system keychain.</source>
        <translation>Votre fournisseur vous les donne. Le secret est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Fichier d’autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Only if your provider uses a private CA</source>
        <translation>Seulement si votre fournisseur utilise une AC privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Fichier d’&amp;AC :</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Paramètres du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
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
        <translation>Hôte et port du proxy</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Created at your first sign-in</source>
        <translation>Créé à votre première connexion</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy, trying again in %n second(s)…</source>
        <translation>
            <numerusform>Le portail est occupé; nouvel essai dans %n seconde…</numerusform>
            <numerusform>Le portail est occupé; nouvel essai dans %n secondes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbx::ui::StepUpDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>Changing multi-factor authentication for %1 needs your own password and, if your account uses multi-factor authentication, a new code from your authenticator app.</source>
        <translation>Modifier l’authentification multifacteur de %1 exige votre propre mot de passe et, si votre compte utilise l’authentification multifacteur, un nouveau code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d’authentification</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre &amp;mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>&amp;Code (if you use MFA):</source>
        <translation>&amp;Code (si vous utilisez l’AMF) :</translation>
    </message>
</context>
<context>
    <name>pbx::ui::TemporaryAccessDialog</name>
    <message>
        <source>&amp;Issue code</source>
        <translation>&amp;Émettre le code</translation>
    </message>
    <message>
        <source>Temporary access code</source>
        <translation>Code d’accès temporaire</translation>
    </message>
    <message>
        <source>A temporary access code lets %1 sign in once and set up a new phone. Whoever has it can do the same, so first:</source>
        <translation>Un code d’accès temporaire permet à %1 de se connecter une fois et de configurer un nouveau téléphone. Quiconque le détient peut en faire autant, donc d’abord :</translation>
    </message>
    <message>
        <source>I have verified the caller&apos;s identity (called back on a number on record, or in person).</source>
        <translation>J’ai vérifié l’identité de l’appelant (rappel à un numéro au dossier, ou en personne).</translation>
    </message>
    <message>
        <source>The caller cannot use their authenticator app or recovery codes.</source>
        <translation>L’appelant ne peut utiliser ni son application d’authentification ni ses codes de récupération.</translation>
    </message>
    <message>
        <source>I will give the code to the caller only, by voice or in person.</source>
        <translation>Je donnerai le code à l’appelant seulement, de vive voix ou en personne.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>For the audit log, e.g. a ticket number</source>
        <translation>Pour le journal d’audit, p. ex. un numéro de billet</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Read this code to %1. It works once.</source>
        <translation>Lisez ce code à %1. Il ne sert qu’une fois.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valide jusqu’au %1</translation>
    </message>
    <message>
        <source>Temporary access code issued</source>
        <translation>Code d’accès temporaire émis</translation>
    </message>
</context>
<context>
    <name>pbx::ui::UserPage</name>
    <message>
        <source>Select one user to see their page.</source>
        <translation>Sélectionnez un utilisateur pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Require MFA</source>
        <translation>Exiger l’AMF</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>Ne plus exiger</translation>
    </message>
    <message>
        <source>Reset MFA…</source>
        <translation>Réinitialiser l’AMF…</translation>
    </message>
    <message>
        <source>Temporary access code…</source>
        <translation>Code d’accès temporaire…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Send reminder</source>
        <translation>Envoyer un rappel</translation>
    </message>
    <message>
        <source>Recent events:</source>
        <translation>Événements récents :</translation>
    </message>
    <message>
        <source>Recent audit events of this user</source>
        <translation>Événements d’audit récents de cet utilisateur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message numerus="yes">
        <source>The last %1 of %n event(s); the audit log has them all.</source>
        <translation>
            <numerusform>Les %1 derniers de %n événement; le journal d’audit les contient tous.</numerusform>
            <numerusform>Les %1 derniers de %n événements; le journal d’audit les contient tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up the rest…</source>
        <translation>Recherche du reste…</translation>
    </message>
    <message>
        <source>The rest could not be looked up: %1</source>
        <translation>Le reste n’a pas pu être recherché : %1</translation>
    </message>
</context>
</TS>

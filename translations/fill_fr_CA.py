#!/usr/bin/env python3
"""Fills translations/pbx-admin_fr_CA.ts from the table below.

Run after lupdate has added new source strings; the build refuses a
catalogue with unfinished entries (see translations/CMakeLists.txt)."""
import sys
import xml.etree.ElementTree as ET

FR = {
 'PBX Admin': 'PBX Admin',
 'The demo portal could not start: %1': 'Le portail de démonstration n’a pas pu démarrer : %1',
 'Enter the portal address.': 'Entrez l’adresse du portail.',
 '“%1” is not a valid portal address.': '« %1 » n’est pas une adresse de portail valide.',
 'Use https:// for %1: passwords are never sent over plain http.': 'Utilisez https:// pour %1 : les mots de passe ne sont jamais envoyés en http non chiffré.',
 'The portal address must start with https://.': 'L’adresse du portail doit commencer par https://.',
 'The portal address must not contain a user name.': 'L’adresse du portail ne doit pas contenir de nom d’utilisateur.',
 'The username or password is incorrect.': 'Le nom d’utilisateur ou le mot de passe est incorrect.',
 'Multi-factor authentication must be completed first.': 'L’authentification multifacteur doit d’abord être terminée.',
 'The code was not accepted. Enter the current code from your authenticator app; if it keeps failing, turn on automatic date and time on your phone.': 'Le code n’a pas été accepté. Entrez le code actuel de votre application d’authentification; si l’erreur persiste, activez la date et l’heure automatiques sur votre téléphone.',
 'The password is incorrect.': 'Le mot de passe est incorrect.',
 'The setup has expired. Start again to get a new code to scan.': 'La configuration a expiré. Recommencez pour obtenir un nouveau code à numériser.',
 'Too many attempts. Try again in %n second(s).': ('Trop de tentatives. Réessayez dans %n seconde.', 'Trop de tentatives. Réessayez dans %n secondes.'),
 "The portal's certificate is not trusted (SHA-256 fingerprint %1).": 'Le certificat du portail n’est pas approuvé (empreinte SHA-256 %1).',
 "The portal's certificate expired on %1.": 'Le certificat du portail a expiré le %1.',
 "The portal's certificate is not valid until %1. Check this computer's date and time.": 'Le certificat du portail n’est pas valide avant le %1. Vérifiez la date et l’heure de cet ordinateur.',
 "The portal's certificate was issued for another host name (%1).": 'Le certificat du portail a été émis pour un autre nom d’hôte (%1).',
 'The portal presented a different certificate from the one you trusted (now %1). Someone may be intercepting the connection.': 'Le portail a présenté un certificat différent de celui que vous avez approuvé (maintenant %1). Quelqu’un intercepte peut-être la connexion.',
 'A secure connection could not be set up (the portal may only offer outdated TLS versions).': 'Impossible d’établir une connexion sécurisée (le portail n’offre peut-être que des versions désuètes de TLS).',
 'The secure connection to the portal failed: %1': 'La connexion sécurisée au portail a échoué : %1',
 'The portal cannot be reached. Check the address and your network connection.': 'Le portail est injoignable. Vérifiez l’adresse et votre connexion réseau.',
 'The portal did not answer in time. Try again.': 'Le portail n’a pas répondu à temps. Réessayez.',
 'The portal had an internal problem (HTTP %1). Try again later.': 'Le portail a eu un problème interne (HTTP %1). Réessayez plus tard.',
 'The portal sent a response this application does not understand.': 'Le portail a envoyé une réponse que cette application ne comprend pas.',
 'You do not have permission to do this.': 'Vous n’avez pas l’autorisation de faire ceci.',
 'The portal does not offer this function.': 'Le portail n’offre pas cette fonction.',
 'Your session has ended. Sign in again.': 'Votre session a pris fin. Connectez-vous de nouveau.',
 'The portal tried to send this request to another or insecure address (%1); it was stopped.': 'Le portail a tenté d’envoyer cette requête vers une autre adresse ou une adresse non sécurisée (%1); elle a été arrêtée.',
 'Cancelled.': 'Annulé.',
 'Enter your username and password.': 'Entrez votre nom d’utilisateur et votre mot de passe.',
 'Cannot read the CA file %1: %2': 'Impossible de lire le fichier d’autorité de certification %1 : %2',
 'The CA file %1 holds no certificate.': 'Le fichier d’autorité de certification %1 ne contient aucun certificat.',
 'The key URI is too long.': 'L’URI de la clé est trop longue.',
 'This is not an otpauth:// key URI.': 'Ceci n’est pas une URI de clé otpauth://.',
 'Counter-based (HOTP) keys are not supported; only time-based (TOTP) keys are.': 'Les clés à compteur (HOTP) ne sont pas prises en charge; seules les clés basées sur le temps (TOTP) le sont.',
 'The key type is neither totp nor hotp.': 'Le type de clé n’est ni totp ni hotp.',
 'The key URI has no account label.': 'L’URI de la clé n’a pas d’étiquette de compte.',
 'The account label is too long.': 'L’étiquette du compte est trop longue.',
 'The key URI contains invalid percent-encoding.': 'L’URI de la clé contient un encodage-pourcent invalide.',
 'The account name is empty.': 'Le nom du compte est vide.',
 'The issuer is empty.': 'L’émetteur est vide.',
 'The issuer in the label differs from the issuer parameter.': 'L’émetteur de l’étiquette diffère du paramètre issuer.',
 'A parameter appears more than once.': 'Un paramètre apparaît plus d’une fois.',
 'The key URI has no secret.': 'L’URI de la clé n’a pas de secret.',
 'The secret is not valid base32.': 'Le secret n’est pas en base32 valide.',
 'The secret is shorter than 80 bits.': 'Le secret fait moins de 80 bits.',
 'The secret is longer than 1024 bits.': 'Le secret fait plus de 1024 bits.',
 'The algorithm must be SHA1, SHA256 or SHA512.': 'L’algorithme doit être SHA1, SHA256 ou SHA512.',
 'The code length must be 6 or 8 digits.': 'Le code doit compter 6 ou 8 chiffres.',
 'The period must be between 10 and 300 seconds.': 'La période doit être entre 10 et 300 secondes.',
 'The key URI has parts an authenticator does not expect (user, port or fragment).': 'L’URI de la clé contient des parties qu’une application d’authentification n’attend pas (utilisateur, port ou fragment).',
 'Signed out': 'Déconnecté',
 "Enter the portal's client ID under Advanced. Your provider gives it.": 'Entrez l’ID client du portail sous Avancé. Votre fournisseur vous le donne.',
 "Enter the portal's client secret under Advanced. Your provider gives it.": 'Entrez le secret client du portail sous Avancé. Votre fournisseur vous le donne.',
 'Sign-in was stopped. If your provider replaced the certificate, confirm the new fingerprint with them before trusting it.': 'La connexion a été arrêtée. Si votre fournisseur a remplacé le certificat, confirmez avec lui la nouvelle empreinte avant de l’approuver.',
 'Check them and try again.': 'Vérifiez-les et réessayez.',
 'Multi-factor authentication is active': 'L’authentification multifacteur est active',
 'Multi-factor authentication is now set up. You will be asked for a code from your authenticator app every time you sign in.': 'L’authentification multifacteur est maintenant configurée. Un code de votre application d’authentification vous sera demandé à chaque connexion.',
 'Error': 'Erreur',
 'You can try again now.': 'Vous pouvez réessayer maintenant.',
 'Untrusted certificate': 'Certificat non approuvé',
 '<b>%1</b> presented a certificate that this computer does not trust.<br>Trust it only if your provider confirms this fingerprint.': '<b>%1</b> a présenté un certificat que cet ordinateur n’approuve pas.<br>Approuvez-le seulement si votre fournisseur confirme cette empreinte.',
 'Issued to:': 'Émis pour :',
 'Issued by:': 'Émis par :',
 'Valid from:': 'Valide à partir du :',
 'Valid until:': 'Valide jusqu’au :',
 'SHA-256 fingerprint:': 'Empreinte SHA-256 :',
 '&Trust this certificate': '&Approuver ce certificat',
 'Demo portal: simulated data on this computer, not a real PBX.': 'Portail de démonstration : données simulées sur cet ordinateur, pas un vrai PBX.',
 'PBX Admin — %1': 'PBX Admin — %1',
 'Signed in as:': 'Connecté en tant que :',
 'Scope:': 'Portée :',
 'Domain:': 'Domaine :',
 'Multi-factor authentication:': 'Authentification multifacteur :',
 'Sign &out': 'Se &déconnecter',
 'Checking…': 'Vérification…',
 'Enrolled since %1': 'Configurée depuis le %1',
 'Enrolled': 'Configurée',
 'Required, not set up': 'Obligatoire, pas configurée',
 'Not required': 'Pas obligatoire',
 'Sign out?': 'Se déconnecter?',
 'Multi-factor authentication is not complete. Sign out now?': 'L’authentification multifacteur n’est pas terminée. Se déconnecter maintenant?',
 'Sign out': 'Se déconnecter',
 'Stay': 'Rester',
 'Multi-factor authentication required': 'Authentification multifacteur obligatoire',
 'Your portal requires a code from an authenticator app each time you sign in to this account. Until it is set up, nothing else of the portal can be used.': 'Votre portail exige un code d’une application d’authentification à chaque connexion à ce compte. Tant qu’elle n’est pas configurée, rien d’autre du portail n’est accessible.',
 '&Configure MFA': '&Configurer l’AMF',
 'Scan this code with an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or FreeOTP.': 'Numérisez ce code avec une application d’authentification sur votre téléphone, comme Google Authenticator, Microsoft Authenticator ou FreeOTP.',
 'Issuer:': 'Émetteur :',
 'Account:': 'Compte :',
 "Can't scan the code?": 'Impossible de numériser le code?',
 'Enter this key in the app as a time-based key:': 'Entrez cette clé dans l’application comme clé basée sur le temps :',
 'Cop&y': 'Cop&ier',
 'Code from the authenticator app': 'Code de l’application d’authentification',
 'Your portal password': 'Le mot de passe de votre portail',
 '&Code from the app:': '&Code de l’application :',
 '&Password:': '&Mot de passe :',
 '&Try again': '&Réessayer',
 '&Activate': '&Activer',
 'Key copied. It will be cleared from the clipboard in 30 seconds.': 'Clé copiée. Elle sera effacée du presse-papiers dans 30 secondes.',
 'Set up multi-factor authentication': 'Configurer l’authentification multifacteur',
 'The key has changed. Scan the new code (or enter the new key) before you try again.': 'La clé a changé. Numérisez le nouveau code (ou entrez la nouvelle clé) avant de réessayer.',
 'Algorithm %1, %n digits, a new code every %2 seconds.': ('Algorithme %1, %n chiffre, un nouveau code toutes les %2 secondes.', 'Algorithme %1, %n chiffres, un nouveau code toutes les %2 secondes.'),
 'Getting your key…': 'Obtention de votre clé…',
 '&Verify': '&Vérifier',
 'Multi-factor authentication': 'Authentification multifacteur',
 'Enter the code from your authenticator app for %1.': 'Entrez le code de votre application d’authentification pour %1.',
 '&Code:': '&Code :',
 'Hide password': 'Masquer le mot de passe',
 'Show password': 'Afficher le mot de passe',
 'QR code for your authenticator app': 'Code QR pour votre application d’authentification',
 "Scan this code with your authenticator app. If you cannot scan it, choose “Can't scan the code?” to see the key and type it into the app.": 'Numérisez ce code avec votre application d’authentification. Si vous ne pouvez pas le numériser, choisissez « Impossible de numériser le code? » pour voir la clé et la taper dans l’application.',
 'Signing in…': 'Connexion…',
 '&Sign in': 'Se &connecter',
 'Cancel': 'Annuler',
 'Sign in — PBX Admin': 'Connexion — PBX Admin',
 'Sign in to your PBX portal': 'Connectez-vous à votre portail PBX',
 'Portal address': 'Adresse du portail',
 'Username': 'Nom d’utilisateur',
 'user@domain': 'utilisateur@domaine',
 'Password': 'Mot de passe',
 'P&ortal:': 'P&ortail :',
 '&Username:': '&Nom d’utilisateur :',
 'A&dvanced': 'A&vancé',
 'API client ID': 'ID client de l’API',
 'API client secret': 'Secret client de l’API',
 'Client &ID:': '&ID client :',
 'Client s&ecret:': '&Secret client :',
 'Your provider gives these. The secret is kept in the system keychain.': 'Votre fournisseur vous les donne. Le secret est conservé dans le trousseau du système.',
}

def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        value = FR.get(source)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop('type', None)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            forms = value if isinstance(value, tuple) else (value, value)
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)
    if missing:
        print('untranslated:', *missing, sep='\n  ', file=sys.stderr)
        return 1
    return 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'translations/pbx-admin_fr_CA.ts'))

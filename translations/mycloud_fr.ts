<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The MyCloud server cannot be reached. Check the network connection.</source>
        <translation>Le serveur MyCloud est injoignable. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The MyCloud server did not answer in time.</source>
        <translation>Le serveur MyCloud n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified: its certificate is not trusted. Check the certificate details before trusting it.</source>
        <translation>L’identité du serveur n’a pas pu être vérifiée : son certificat n’est pas reconnu comme fiable. Vérifiez les détails du certificat avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>The server sent an answer MyCloud does not understand.</source>
        <translation>Le serveur a envoyé une réponse que MyCloud ne comprend pas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>E-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Your session has expired: sign in again.</source>
        <translation>Votre session a expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This item no longer exists on the server.</source>
        <translation>Cet élément n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime.</source>
        <translation>Quelqu’un d’autre a modifié cet élément entre-temps.</translation>
    </message>
    <message>
        <source>This change conflicts with the data on the server.</source>
        <translation>Cette modification est en conflit avec les données du serveur.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Patientez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This reset code is unknown, used or expired: ask for a new one.</source>
        <translation>Ce code de réinitialisation est inconnu, déjà utilisé ou expiré : demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>The server refused the values: %1</source>
        <translation>Le serveur a refusé les valeurs : %1</translation>
    </message>
    <message>
        <source>The server asked for a full synchronisation.</source>
        <translation>Le serveur a demandé une synchronisation complète.</translation>
    </message>
    <message>
        <source>This DOE download has expired (45 days): create a new one.</source>
        <translation>Ce téléchargement de DOE a expiré (45 jours) : créez-en un nouveau.</translation>
    </message>
    <message>
        <source>The change is too large to send.</source>
        <translation>La modification est trop volumineuse pour être envoyée.</translation>
    </message>
    <message>
        <source>The MyCloud server has a problem (error %1). Try again later.</source>
        <translation>Le serveur MyCloud rencontre un problème (erreur %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la requête (erreur %1).</translation>
    </message>
</context>
<context>
    <name>DecodeError</name>
    <message>
        <source>the data is not valid JSON</source>
        <translation>les données ne sont pas du JSON valide</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire absent</translation>
    </message>
    <message>
        <source>value has the wrong type</source>
        <translation>la valeur n’est pas du bon type</translation>
    </message>
    <message>
        <source>value is too short</source>
        <translation>la valeur est trop courte</translation>
    </message>
    <message>
        <source>value is too long</source>
        <translation>la valeur est trop longue</translation>
    </message>
    <message>
        <source>value is not in the expected format</source>
        <translation>la valeur n’a pas le format attendu</translation>
    </message>
    <message>
        <source>value is not a valid identifier</source>
        <translation>la valeur n’est pas un identifiant valide</translation>
    </message>
    <message>
        <source>value is not a valid date and time</source>
        <translation>la valeur n’est pas une date et heure valides</translation>
    </message>
    <message>
        <source>value is not a valid date</source>
        <translation>la valeur n’est pas une date valide</translation>
    </message>
    <message>
        <source>value is out of range</source>
        <translation>la valeur est hors limites</translation>
    </message>
    <message>
        <source>value is not one of the allowed values</source>
        <translation>la valeur ne fait pas partie des valeurs autorisées</translation>
    </message>
    <message>
        <source>Field “%1”: %2</source>
        <translation>Champ « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>The downloaded file is damaged (its checksum does not match the server&apos;s). It was discarded: try again.</source>
        <translation>Le fichier téléchargé est endommagé (sa somme de contrôle ne correspond pas à celle du serveur). Il a été supprimé : réessayez.</translation>
    </message>
    <message>
        <source>Not enough free disk space to download “%1”: %2 are needed, %3 are free. Free some space and try again.</source>
        <translation>Espace disque insuffisant pour télécharger « %1 » : %2 nécessaires, %3 disponibles. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The file cache cannot be written: %1</source>
        <translation>Impossible d’écrire dans le cache de fichiers : %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>Impossible de lire le certificat de l’autorité de certification %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the profile in %1.</source>
        <translation>Impossible d’enregistrer le profil dans %1.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation>Ce fichier ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot store the certificate: %1</source>
        <translation>Impossible d’enregistrer le certificat : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MyCloud Desktop: your B2EI affairs, products, schematics and maintenance, online or offline.</source>
        <translation>MyCloud Desktop : vos affaires, produits, schémas et suivis de maintenance B2EI, en ligne ou hors ligne.</translation>
    </message>
</context>
<context>
    <name>mycloud::CommandRunner</name>
    <message>
        <source>Run mycloudcmd --help for the commands.</source>
        <translation>Exécutez mycloudcmd --help pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>MyCloud Desktop from the command line.

Commands:
  login --server URL [--ca PEM] --email E   sign in (password from MYCLOUD_PASSWORD or stdin)
  logout                                   sign out and forget the session
  sync                                     send queued changes, then fetch the server&apos;s
  status                                   last sync, queued changes, conflicts
  ls affairs [--search Q]
  ls products AFFAIR [--search Q]          AFFAIR: id or reference
  ls documents PRODUCT                     PRODUCT: id or reference
  get DOCUMENT --out PATH
  task add PRODUCT --description D [--priority] [--requester-company C]
           [--requester-last-name L] [--requester-first-name F]
  task validate TASK --date YYYY-MM-DD [--performer-company C] [--performer-last-name L]
           [--performer-first-name F] [--work-done W] [--comment C]
  note add PRODUCT --date YYYY-MM-DD [--task-description T] [--work-done W] [--comment C]
           [--performer-… as above] [--requester-… as above]

Exit codes: 0 done, 1 error, 2 usage, 3 offline with the change queued.</source>
        <translation>MyCloud Desktop en ligne de commande.

Commandes :
  login --server URL [--ca PEM] --email E   se connecter (mot de passe lu dans MYCLOUD_PASSWORD ou sur l’entrée standard)
  logout                                   se déconnecter et oublier la session
  sync                                     envoyer les modifications en attente, puis récupérer celles du serveur
  status                                   dernière synchronisation, modifications en attente, conflits
  ls affairs [--search Q]
  ls products AFFAIR [--search Q]          AFFAIR : identifiant ou référence de l’affaire
  ls documents PRODUCT                     PRODUCT : identifiant ou référence du produit
  get DOCUMENT --out PATH
  task add PRODUCT --description D [--priority] [--requester-company C]
           [--requester-last-name L] [--requester-first-name F]
  task validate TASK --date YYYY-MM-DD [--performer-company C] [--performer-last-name L]
           [--performer-first-name F] [--work-done W] [--comment C]
  note add PRODUCT --date YYYY-MM-DD [--task-description T] [--work-done W] [--comment C]
           [--performer-… comme ci-dessus] [--requester-… comme ci-dessus]

Codes de sortie : 0 réussite, 1 erreur, 2 utilisation incorrecte, 3 hors ligne avec la modification mise en attente.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>La commande à exécuter (voir ci-dessus).</translation>
    </message>
    <message>
        <source>A priority task.</source>
        <translation>Une tâche prioritaire.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Not signed in: run mycloudcmd login --server URL --email E first.</source>
        <translation>Vous n’êtes pas connecté : exécutez d’abord mycloudcmd login --server URL --email E.</translation>
    </message>
    <message>
        <source>The offline store was damaged; it was set aside (%1) and will be filled again.</source>
        <translation>Le stockage hors ligne était endommagé ; il a été mis de côté (%1) et sera de nouveau rempli.</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
Valid: %3 to %4
SHA-256: %5
Trust its CA with --ca PEM.</source>
        <translation>Certificat : %1
Émis par : %2
Valide du %3 au %4
SHA-256 : %5
Faites confiance à son autorité de certification avec --ca PEM.</translation>
    </message>
    <message>
        <source>The server sent no session.</source>
        <translation>Le serveur n’a envoyé aucune session.</translation>
    </message>
    <message>
        <source>No session for %1: run mycloudcmd login, or set MYCLOUD_PASSWORD.</source>
        <translation>Aucune session pour %1 : exécutez mycloudcmd login ou définissez MYCLOUD_PASSWORD.</translation>
    </message>
    <message>
        <source>login needs --server https://… and --email.</source>
        <translation>login nécessite --server https://… et --email.</translation>
    </message>
    <message>
        <source>No keychain answers on this machine: the session is not kept. Set MYCLOUD_PASSWORD for the next commands.</source>
        <translation>Aucun trousseau ne répond sur cette machine : la session n’est pas conservée. Définissez MYCLOUD_PASSWORD pour les commandes suivantes.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) conflicted with the server: see mycloudcmd status.</source>
        <translation>
            <numerusform>%n modification en conflit avec le serveur : consultez mycloudcmd status.</numerusform>
            <numerusform>%n modifications en conflit avec le serveur : consultez mycloudcmd status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronised: %n change(s) received.</source>
        <translation>
            <numerusform>Synchronisé : %n modification reçue.</numerusform>
            <numerusform>Synchronisé : %n modifications reçues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Queued changes: %1</source>
        <translation>Modifications en attente : %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflits : %1</translation>
    </message>
    <message>
        <source>ls products needs an affair id or reference.</source>
        <translation>ls products nécessite l’identifiant ou la référence d’une affaire.</translation>
    </message>
    <message>
        <source>ls documents needs a product id or reference.</source>
        <translation>ls documents nécessite l’identifiant ou la référence d’un produit.</translation>
    </message>
    <message>
        <source>ls affairs, ls products AFFAIR or ls documents PRODUCT.</source>
        <translation>ls affairs, ls products AFFAIR ou ls documents PRODUCT.</translation>
    </message>
    <message>
        <source>get needs a document id and --out PATH.</source>
        <translation>get nécessite l’identifiant d’un document et --out PATH.</translation>
    </message>
    <message>
        <source>No document %1 in the offline store: sync first.</source>
        <translation>Aucun document %1 dans le stockage hors ligne : synchronisez d’abord.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>task add needs a product and --description.</source>
        <translation>task add nécessite un produit et --description.</translation>
    </message>
    <message>
        <source>No product %1 in the offline store: sync first.</source>
        <translation>Aucun produit %1 dans le stockage hors ligne : synchronisez d’abord.</translation>
    </message>
    <message>
        <source>The task could not be stored.</source>
        <translation>La tâche n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>task validate needs a task id and --date YYYY-MM-DD.</source>
        <translation>task validate nécessite l’identifiant d’une tâche et --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No task %1 in the offline store.</source>
        <translation>Aucune tâche %1 dans le stockage hors ligne.</translation>
    </message>
    <message>
        <source>task add or task validate.</source>
        <translation>task add ou task validate.</translation>
    </message>
    <message>
        <source>note add PRODUCT …</source>
        <translation>note add PRODUCT …</translation>
    </message>
    <message>
        <source>note add needs a product and --date YYYY-MM-DD.</source>
        <translation>note add nécessite un produit et --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translation>Le suivi de maintenance n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>mycloud::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MyCloud Desktop</source>
        <translation>À &amp;propos de MyCloud Desktop</translation>
    </message>
    <message>
        <source>About MyCloud Desktop</source>
        <translation>À propos de MyCloud Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Your B2EI affairs, products, schematics and maintenance log, online or offline.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Vos affaires, produits, schémas et suivi de maintenance B2EI, en ligne ou hors ligne.&lt;/p&gt;&lt;p&gt;Construit avec Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mycloud::OutboxReplayer</name>
    <message>
        <source>This change could not be read back and was not sent.</source>
        <translation>Cette modification n’a pas pu être relue et n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>Someone changed this task on the server before your change arrived.</source>
        <translation>Quelqu’un a modifié cette tâche sur le serveur avant l’arrivée de votre modification.</translation>
    </message>
    <message>
        <source>This task was deleted on the server.</source>
        <translation>Cette tâche a été supprimée sur le serveur.</translation>
    </message>
    <message>
        <source>Someone changed this item on the server before your change arrived.</source>
        <translation>Quelqu’un a modifié cet élément sur le serveur avant l’arrivée de votre modification.</translation>
    </message>
    <message>
        <source>This item was deleted on the server.</source>
        <translation>Cet élément a été supprimé sur le serveur.</translation>
    </message>
</context>
<context>
    <name>mycloud::SyncEngine</name>
    <message>
        <source>Synchronised.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <source>Offline: your changes are kept and will be sent later.</source>
        <translation>Hors ligne : vos modifications sont conservées et seront envoyées plus tard.</translation>
    </message>
    <message>
        <source>Your session has expired: sign in again.</source>
        <translation>Votre session a expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The synchronisation failed.</source>
        <translation>La synchronisation a échoué.</translation>
    </message>
</context>
</TS>

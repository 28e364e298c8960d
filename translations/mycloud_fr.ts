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
    <name>AppLinkError</name>
    <message>
        <source>The link is empty.</source>
        <translation>Le lien est vide.</translation>
    </message>
    <message>
        <source>The link is too long to be a MyCloud link.</source>
        <translation>Le lien est trop long pour être un lien MyCloud.</translation>
    </message>
    <message>
        <source>“%1” is not a link.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un lien.</translation>
    </message>
    <message>
        <source>MyCloud opens mycloud:// links and the links of its QR labels, not %1: links.</source>
        <translation>MyCloud ouvre les liens mycloud:// et ceux de ses étiquettes QR Code, pas les liens %1:.</translation>
    </message>
    <message>
        <source>The link has parts MyCloud links never have (a user name, a port, a query or a fragment): it was not opened.</source>
        <translation>Le lien contient des éléments qu’un lien MyCloud n’a jamais (nom d’utilisateur, port, requête ou fragment)&#xa0;: il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The link leads to %1, which is not your MyCloud server: it was not opened.</source>
        <translation>Le lien mène à %1, qui n’est pas votre serveur MyCloud&#xa0;: il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The link is not the address of a MyCloud QR label.</source>
        <translation>Le lien n’est pas l’adresse d’une étiquette QR Code MyCloud.</translation>
    </message>
    <message>
        <source>A MyCloud link names a product or an affair, not “%1”.</source>
        <translation>Un lien MyCloud désigne un produit ou une affaire, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not the id of a product or an affair.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’identifiant d’un produit ou d’une affaire.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>Your change can no longer be read back: only the server&apos;s version can be kept.</source>
        <translation>Votre modification ne peut plus être relue&#xa0;: seule la version du serveur peut être conservée.</translation>
    </message>
    <message>
        <source>The offline copy could not be written. Try again.</source>
        <translation>Impossible d’écrire dans la copie hors ligne. Réessayez.</translation>
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
    <name>DocumentExport</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: is the disk full or read-only?</source>
        <translation>Impossible d’écrire %1&#xa0;: le disque est-il plein ou en lecture seule&#xa0;?</translation>
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
    <name>FlagCells</name>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>Label 100 × 60 mm</source>
        <translation>Étiquette 100&#xa0;×&#xa0;60&#xa0;mm</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Il n’y a aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <source>The printer does not take pages of %1.</source>
        <translation>L’imprimante n’accepte pas les pages au format %1.</translation>
    </message>
    <message>
        <source>The labels could not be started: the printer or the file refused them.</source>
        <translation>La génération des étiquettes n’a pas pu démarrer&#xa0;: l’imprimante ou le fichier l’a refusée.</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>L’imprimante a refusé la page %1.</translation>
    </message>
    <message>
        <source>The labels could not be finished.</source>
        <translation>La génération des étiquettes n’a pas pu être terminée.</translation>
    </message>
    <message>
        <source>The page is too large to show.</source>
        <translation>La page est trop grande pour être affichée.</translation>
    </message>
    <message>
        <source>No QR code could be made for the product %1.</source>
        <translation>Impossible de générer le QR Code du produit %1.</translation>
    </message>
    <message>
        <source>Scan for the product sheet</source>
        <translation>Scannez pour la fiche produit</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>L’imprimante a refusé la page %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>La page %1 n’a pas pu être générée.</translation>
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
    <name>QrDecodeError</name>
    <message>
        <source>Cannot read %1 as an image: %2</source>
        <translation>Impossible de lire %1 en tant qu’image&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>L’image est vide.</translation>
    </message>
    <message>
        <source>The camera&apos;s frames cannot be read (%1).</source>
        <translation>Impossible de lire les images de la caméra (%1).</translation>
    </message>
    <message>
        <source>The code reader failed: %1</source>
        <translation>La lecture du code a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QrResolver</name>
    <message>
        <source>%1 — %2 (affair %3)</source>
        <translation>%1 — %2 (affaire %3)</translation>
    </message>
    <message>
        <source>This label is not one of your products.</source>
        <translation>Cette étiquette ne correspond à aucun de vos produits.</translation>
    </message>
    <message>
        <source>Not a MyCloud label: %1</source>
        <translation>Ce n’est pas une étiquette MyCloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>This product is not on this computer yet and the server cannot be reached: scan it again once online.</source>
        <translation>Ce produit n’est pas encore présent sur cet ordinateur et le serveur est injoignable&#xa0;: scannez-le de nouveau une fois en ligne.</translation>
    </message>
    <message>
        <source>The label could not be looked up.</source>
        <translation>Impossible d’identifier cette étiquette.</translation>
    </message>
</context>
<context>
    <name>SingleInstanceError</name>
    <message>
        <source>MyCloud is starting in another window for this profile: try again in a moment.</source>
        <translation>MyCloud est en train de démarrer dans une autre fenêtre pour ce profil&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>MyCloud is already open for this profile but does not answer. Close it (or end it in the task manager), then try again.</source>
        <translation>MyCloud est déjà ouvert pour ce profil mais ne répond pas. Fermez-le (ou arrêtez-le dans le gestionnaire des tâches), puis réessayez.</translation>
    </message>
    <message>
        <source>MyCloud cannot receive links from other launches: %1</source>
        <translation>MyCloud ne peut pas recevoir les liens des autres lancements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MyCloud Desktop: your B2EI affairs, products, schematics and maintenance, online or offline.</source>
        <translation>MyCloud Desktop : vos affaires, produits, schémas et suivis de maintenance B2EI, en ligne ou hors ligne.</translation>
    </message>
    <message>
        <source>Use the profile in DIR (offline copy, file cache, settings).</source>
        <translation>Utiliser le profil situé dans DIR (copie hors ligne, cache de fichiers, paramètres).</translation>
    </message>
    <message>
        <source>MyCloud cannot start</source>
        <translation>MyCloud ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Save a picture of every screen into DIR, then quit.</source>
        <translation>Enregistrer une image de chaque écran dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>A mycloud://product/… or mycloud://affair/… link, or the address on a product&apos;s QR label: opens it, in the window already open if there is one.</source>
        <translation>Un lien mycloud://product/… ou mycloud://affair/…, ou l’adresse de l’étiquette QR Code d’un produit&#xa0;: l’ouvre, dans la fenêtre déjà ouverte s’il y en a une.</translation>
    </message>
    <message>
        <source>Give one link at most.</source>
        <translation>Indiquez un seul lien au plus.</translation>
    </message>
</context>
<context>
    <name>mycloud::AccountPage</name>
    <message>
        <source>&amp;Remote consultation through the QR codes of all my affairs and products</source>
        <translation>&amp;Consultation distante via les QR Codes de toutes mes affaires et de tous mes produits</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Modifier mon mot de passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Mes informations</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Remote consultation</source>
        <translation>Consultation distante</translation>
    </message>
    <message>
        <source>When off, no QR code of yours opens a page, whatever the switches of the affairs and products. You always see everything here.</source>
        <translation>Si elle est désactivée, aucun de vos QR Codes n’ouvre de page, quels que soient les réglages des affaires et des produits. Ici, vous voyez toujours tout.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>The current password is not right: your password was not changed.</source>
        <translation>Le mot de passe actuel est incorrect&#xa0;: votre mot de passe n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>mycloud::AffairListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>B2EI contact</source>
        <translation>Interlocuteur B2EI</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Remote consultation</source>
        <translation>Consultation distante</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>mycloud::AffairsPage</name>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Download your DOE…</source>
        <translation>Télécharger votre DOE…</translation>
    </message>
    <message>
        <source>Your affairs</source>
        <translation>Liste de vos affaires</translation>
    </message>
    <message>
        <source>Search an affair: name, reference, client, site…</source>
        <translation>Rechercher une affaire&#xa0;: nom, référence, client, site…</translation>
    </message>
    <message>
        <source>No affair to show yet. They appear here after the first synchronisation.</source>
        <translation>Aucune affaire à afficher pour l’instant. Elles apparaîtront ici après la première synchronisation.</translation>
    </message>
    <message>
        <source>See the products of this affair (Enter)</source>
        <translation>Voir les produits de cette affaire (Entrée)</translation>
    </message>
    <message>
        <source>Download the as-built package (DOE) of this affair</source>
        <translation>Télécharger le dossier des ouvrages exécutés (DOE) de cette affaire</translation>
    </message>
    <message>
        <source>No affair matches “%1”.</source>
        <translation>Aucune affaire ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <source>Keep every document of this affair on this computer, to open them with no network</source>
        <translation>Conserver tous les documents de cette affaire sur cet ordinateur, pour les ouvrir sans réseau</translation>
    </message>
</context>
<context>
    <name>mycloud::AppLinkResolver</name>
    <message>
        <source>This affair is not on this computer yet and the server cannot be reached: open the link again once online.</source>
        <translation>Cette affaire n’est pas encore sur cet ordinateur et le serveur est injoignable&#xa0;: ouvrez de nouveau le lien une fois en ligne.</translation>
    </message>
    <message>
        <source>This affair is not in your MyCloud account.</source>
        <translation>Cette affaire ne fait pas partie de votre compte MyCloud.</translation>
    </message>
    <message>
        <source>This product is not on this computer yet and the server cannot be reached: open the link again once online.</source>
        <translation>Ce produit n’est pas encore sur cet ordinateur et le serveur est injoignable&#xa0;: ouvrez de nouveau le lien une fois en ligne.</translation>
    </message>
    <message>
        <source>This product is not in your MyCloud account.</source>
        <translation>Ce produit ne fait pas partie de votre compte MyCloud.</translation>
    </message>
</context>
<context>
    <name>mycloud::Breadcrumb</name>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
</context>
<context>
    <name>mycloud::CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <source>The camera is busy: close the other application using it, then start again.</source>
        <translation>La caméra est occupée&#xa0;: fermez l’autre application qui l’utilise, puis redémarrez la caméra.</translation>
    </message>
    <message>
        <source>MyCloud may not use the camera: allow it in the system&apos;s privacy settings, then start again.</source>
        <translation>MyCloud n’est pas autorisé à utiliser la caméra&#xa0;: autorisez-le dans les paramètres de confidentialité du système, puis redémarrez la caméra.</translation>
    </message>
    <message>
        <source>The camera stopped working: %1</source>
        <translation>La caméra a cessé de fonctionner&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mycloud::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non reconnu</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The identity of %1 cannot be verified.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its certificate comes from an authority this computer does not know. A server hosted by your company with its own authority looks like this, but so does an attacker&apos;s server.&lt;/p&gt;&lt;p&gt;Before trusting it, call your administrator and check that the fingerprint below is, character for character, the one of your server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L’identité de %1 ne peut pas être vérifiée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Son certificat provient d’une autorité que cet ordinateur ne connaît pas. C’est le cas d’un serveur hébergé par votre entreprise avec sa propre autorité, mais aussi du serveur d’un attaquant.&lt;/p&gt;&lt;p&gt;Avant de lui faire confiance, appelez votre administrateur et vérifiez que l’empreinte ci-dessous est, caractère pour caractère, celle de votre serveur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problème&#xa0;:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Émis pour&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Début de validité&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Fin de validité&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate authority</source>
        <translation>&amp;Faire confiance à cette autorité de certification</translation>
    </message>
</context>
<context>
    <name>mycloud::ChangePasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
</context>
<context>
    <name>mycloud::ClientSession</name>
    <message>
        <source>The server sent no session.</source>
        <translation>Le serveur n’a envoyé aucune session.</translation>
    </message>
</context>
<context>
    <name>mycloud::CollapsibleSection</name>
    <message>
        <source>Expanded</source>
        <translation>Dépliée</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Repliée</translation>
    </message>
</context>
<context>
    <name>mycloud::CommandRunner</name>
    <message>
        <source>Run mycloudcmd --help for the commands.</source>
        <translation>Exécutez mycloudcmd --help pour obtenir la liste des commandes.</translation>
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
        <translation>La note n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>scan needs one or more image files.</source>
        <translation>scan nécessite un ou plusieurs fichiers image.</translation>
    </message>
    <message>
        <source>No code found.</source>
        <translation>Aucun code trouvé.</translation>
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
  scan IMAGE...                            the codes in images and the products they open
  doe AFFAIR --out FILE.zip [--kinds photo,schematic,quality,misc] [--products REF,...]
           [--latest-only]                 build the affair&apos;s DOE package from the cache
  pin AFFAIR                               keep every document of the affair offline
  unpin AFFAIR                             stop keeping it offline

Exit codes: 0 done, 1 error (scan: no code in any image), 2 usage, 3 offline with the change queued.</source>
        <translation>MyCloud Desktop en ligne de commande.

Commandes&#xa0;:
  login --server URL [--ca PEM] --email E   se connecter (mot de passe lu dans MYCLOUD_PASSWORD ou sur l’entrée standard)
  logout                                   se déconnecter et oublier la session
  sync                                     envoyer les modifications en attente, puis récupérer celles du serveur
  status                                   dernière synchronisation, modifications en attente, conflits
  ls affairs [--search Q]
  ls products AFFAIR [--search Q]          AFFAIR&#xa0;: identifiant ou référence de l’affaire
  ls documents PRODUCT                     PRODUCT&#xa0;: identifiant ou référence du produit
  get DOCUMENT --out PATH
  task add PRODUCT --description D [--priority] [--requester-company C]
           [--requester-last-name L] [--requester-first-name F]
  task validate TASK --date YYYY-MM-DD [--performer-company C] [--performer-last-name L]
           [--performer-first-name F] [--work-done W] [--comment C]
  note add PRODUCT --date YYYY-MM-DD [--task-description T] [--work-done W] [--comment C]
           [--performer-… comme ci-dessus] [--requester-… comme ci-dessus]
  scan IMAGE...                            les codes présents dans les images et les produits qu’ils ouvrent
  doe AFFAIR --out FILE.zip [--kinds photo,schematic,quality,misc] [--products REF,...]
           [--latest-only]                 constituer le DOE de l’affaire à partir du cache
  pin AFFAIR                               conserver hors ligne tous les documents de l’affaire
  unpin AFFAIR                             ne plus la conserver hors ligne

Codes de sortie&#xa0;: 0 réussite, 1 erreur (scan&#xa0;: aucun code dans aucune image), 2 utilisation incorrecte, 3 hors ligne avec la modification mise en attente.</translation>
    </message>
    <message>
        <source>Schematics: only the latest valid revision.</source>
        <translation>Schémas&#xa0;: uniquement la dernière version valide.</translation>
    </message>
    <message>
        <source>Available offline: %1</source>
        <translation>Disponibles hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some documents of the affairs available offline could not be downloaded: %1</source>
        <translation>Certains documents des affaires disponibles hors ligne n’ont pas pu être téléchargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No affair %1 in the offline store: sync first.</source>
        <translation>Aucune affaire %1 dans le stockage hors ligne&#xa0;: synchronisez d’abord.</translation>
    </message>
    <message>
        <source>doe needs an affair and --out FILE.zip.</source>
        <translation>doe nécessite une affaire et --out FICHIER.zip.</translation>
    </message>
    <message>
        <source>Unknown kind %1: photo, schematic, quality or misc.</source>
        <translation>Type inconnu %1&#xa0;: photo, schematic, quality ou misc.</translation>
    </message>
    <message>
        <source>--kinds needs at least one kind.</source>
        <translation>--kinds nécessite au moins un type.</translation>
    </message>
    <message>
        <source>No product %1 in affair %2.</source>
        <translation>Aucun produit %1 dans l’affaire %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1</source>
        <translation>
            <numerusform>%n document, %1</numerusform>
            <numerusform>%n documents, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs an affair.</source>
        <translation>%1 nécessite une affaire.</translation>
    </message>
    <message>
        <source>%1 is no longer kept offline.</source>
        <translation>%1 n’est plus conservée hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is available offline: %n document(s), %2</source>
        <translation>
            <numerusform>%1 est disponible hors ligne&#xa0;: %n document, %2</numerusform>
            <numerusform>%1 est disponible hors ligne&#xa0;: %n documents, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritaire&#xa0;:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>Réalisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Performed on:</source>
        <translation>Date d’exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Réalisation&#xa0;:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Activée&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Supprimée sur le serveur</translation>
    </message>
    <message>
        <source>Not taken by the server</source>
        <translation>Modification non acceptée par le serveur</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conserver &amp;ma version</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conserver la version du &amp;serveur</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Send your version again: it replaces the server&apos;s.</source>
        <translation>Renvoyer votre version&#xa0;: elle remplace celle du serveur.</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version and forget yours.</source>
        <translation>Conserver la version du serveur et abandonner la vôtre.</translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation>Il ne reste aucun conflit.</translation>
    </message>
    <message>
        <source>Deleted on this computer</source>
        <translation>Supprimée sur cet ordinateur</translation>
    </message>
    <message>
        <source>The affair</source>
        <translation>L’affaire</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>Le produit</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Tout le compte</translation>
    </message>
</context>
<context>
    <name>mycloud::ConflictListModel</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Task edited</source>
        <translation>Tâche modifiée</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Tâche supprimée</translation>
    </message>
    <message>
        <source>Task validated</source>
        <translation>Tâche validée</translation>
    </message>
    <message>
        <source>New maintenance note</source>
        <translation>Nouvelle note de maintenance</translation>
    </message>
    <message>
        <source>Maintenance note deleted</source>
        <translation>Note de maintenance supprimée</translation>
    </message>
    <message>
        <source>Remote consultation</source>
        <translation>Consultation distante</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mycloud::ContactDialog</name>
    <message>
        <source>Your B2EI contact</source>
        <translation>Votre interlocuteur B2EI</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mycloud::ContactRow</name>
    <message>
        <source>Not provided</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation>Envoyer un courriel</translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation>Copier le numéro de téléphone</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Copier l’adresse courriel</translation>
    </message>
</context>
<context>
    <name>mycloud::DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Latest valid schematic</source>
        <translation>Dernier schéma valide</translation>
    </message>
    <message>
        <source>Superseded: the copy on this computer is revision %1; revision %2 replaces it.</source>
        <translation>Remplacé&#xa0;: la copie sur cet ordinateur est la version %1&#xa0;; la version %2 la remplace.</translation>
    </message>
    <message>
        <source>Superseded by revision %1</source>
        <translation>Remplacé par la version %1</translation>
    </message>
</context>
<context>
    <name>mycloud::DocumentsTab</name>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Download the latest valid schematic…</source>
        <translation>Télécharger le dernier schéma valide…</translation>
    </message>
    <message>
        <source>Download the quality documents…</source>
        <translation>Télécharger les documents qualité…</translation>
    </message>
    <message>
        <source>Download the miscellaneous files…</source>
        <translation>Télécharger les fichiers divers…</translation>
    </message>
    <message>
        <source>Download the photos…</source>
        <translation>Télécharger les photos…</translation>
    </message>
    <message>
        <source>View the selected document here (Enter)</source>
        <translation>Afficher ici le document sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Choose a document to view it here.</source>
        <translation>Choisissez un document pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Downloading %1… %2 of %3</source>
        <translation>Téléchargement de %1… %2 sur %3</translation>
    </message>
    <message>
        <source>%1 opened with your system&apos;s application.</source>
        <translation>%1 a été ouvert avec l’application de votre système.</translation>
    </message>
    <message>
        <source>No application on this computer opens %1: download it instead.</source>
        <translation>Aucune application de cet ordinateur ne sait ouvrir %1&#xa0;: téléchargez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>mycloud::DoeBuilder</name>
    <message>
        <source>This affair is not on this computer yet: synchronise, then try again.</source>
        <translation>Cette affaire n’est pas encore sur cet ordinateur&#xa0;: synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>There is nothing to put in the package: no document of the chosen kinds.</source>
        <translation>Il n’y a rien à mettre dans le DOE&#xa0;: aucun document des types choisis.</translation>
    </message>
    <message>
        <source>The package could not be written to %1. Check that the disk has room and that the folder can be written to.</source>
        <translation>Le DOE n’a pas pu être écrit dans %1. Vérifiez qu’il reste de la place sur le disque et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The package was cancelled.</source>
        <translation>Le DOE a été annulé.</translation>
    </message>
    <message>
        <source>No change since the package of %1.</source>
        <translation>Aucun changement depuis le DOE du %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revised</source>
        <translation>
            <numerusform>%n révisé</numerusform>
            <numerusform>%n révisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the package of %1: %2.</source>
        <translation>Depuis le DOE du %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>mycloud::DoeDialog</name>
    <message>
        <source>Download your DOE</source>
        <translation>Télécharger votre DOE</translation>
    </message>
    <message>
        <source>Choose the documents of your DOE to download.</source>
        <translation>Choisissez les documents de votre DOE à télécharger.</translation>
    </message>
    <message>
        <source>Prefer a Wi-Fi connection to avoid using mobile data.</source>
        <translation>Privilégiez une connexion Wi-Fi afin d’éviter d’utiliser vos données mobiles.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Photos</translation>
    </message>
    <message>
        <source>&amp;Schematics</source>
        <translation>&amp;Schémas</translation>
    </message>
    <message>
        <source>Only the &amp;latest valid schematic</source>
        <translation>Uniquement le &amp;dernier schéma valide</translation>
    </message>
    <message>
        <source>&amp;Quality documents</source>
        <translation>Documents &amp;qualité</translation>
    </message>
    <message>
        <source>&amp;Miscellaneous files</source>
        <translation>Fichiers di&amp;vers</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>T&amp;ous</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Estimating the size…</source>
        <translation>Estimation de la taille en cours…</translation>
    </message>
    <message>
        <source>Choose the documents of the DOE of %1 – %2 to download.</source>
        <translation>Choisissez les documents du DOE de l’affaire %1 – %2 à télécharger.</translation>
    </message>
    <message>
        <source>Over %1, the DOE is sent by e-mail to %2, the address you sign in to MyCloud with. The download link in the e-mail is valid for %3 days.</source>
        <translation>Au-delà de %1, le DOE vous est envoyé par courriel à %2, votre adresse de connexion à MyCloud. Le lien de téléchargement contenu dans ce courriel est valable %3 jours.</translation>
    </message>
    <message>
        <source>Choose at least one kind of document.</source>
        <translation>Choisissez au moins un type de document.</translation>
    </message>
    <message>
        <source>This affair has no product.</source>
        <translation>Cette affaire n’a aucun produit.</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Choisissez au moins un produit.</translation>
    </message>
    <message>
        <source>No document matches this selection.</source>
        <translation>Aucun document ne correspond à cette sélection.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fichier, %1</numerusform>
            <numerusform>%n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send by &amp;e-mail</source>
        <translation>&amp;Envoyer par courriel</translation>
    </message>
    <message>
        <source>Save the DOE</source>
        <translation>Enregistrer le DOE</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The server is preparing the DOE…</source>
        <translation>Le serveur prépare le DOE…</translation>
    </message>
    <message>
        <source>The DOE was not saved.</source>
        <translation>Le DOE n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Downloading the DOE…</source>
        <translation>Téléchargement du DOE…</translation>
    </message>
    <message>
        <source>Downloading the DOE: %1 of %2</source>
        <translation>Téléchargement du DOE&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>The DOE was saved to %1.</source>
        <translation>Le DOE a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>Téléchargement interrompu.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>DOE</translation>
    </message>
    <message>
        <source>Prepared by the MyCloud &amp;server</source>
        <translation>Préparé par le &amp;serveur MyCloud</translation>
    </message>
    <message>
        <source>Built on this &amp;computer from its copies (works offline)</source>
        <translation>Constitué sur cet &amp;ordinateur à partir de ses copies (fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Every file is on this computer: no download is needed.</source>
        <translation>Tous les fichiers sont sur cet ordinateur&#xa0;: aucun téléchargement n’est nécessaire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) on this computer: the others are downloaded first.</source>
        <translation>
            <numerusform>%1 fichier sur %n sur cet ordinateur&#xa0;: les autres sont d’abord téléchargés.</numerusform>
            <numerusform>%1 fichiers sur %n sur cet ordinateur&#xa0;: les autres sont d’abord téléchargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choosing the documents…</source>
        <translation>Sélection des documents…</translation>
    </message>
    <message>
        <source>Downloading the documents missing from this computer: %1 of %2</source>
        <translation>Téléchargement des documents absents de cet ordinateur&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Writing the DOE: %1 of %2</source>
        <translation>Écriture du DOE&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>mycloud::DoeOrder</name>
    <message>
        <source>No document matches this selection on the server (or a chosen product left the affair). Synchronise, then choose other document kinds or products.</source>
        <translation>Aucun document ne correspond à cette sélection sur le serveur (ou un produit choisi ne fait plus partie de l’affaire). Synchronisez, puis choisissez d’autres types de documents ou d’autres produits.</translation>
    </message>
    <message>
        <source>The server is taking too long to prepare the DOE. Try again later.</source>
        <translation>Le serveur met trop de temps à préparer le DOE. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The DOE weighs %1, more than %2: a download link was sent by e-mail to %3. The link is valid until %4.</source>
        <translation>Le DOE pèse %1, soit plus de %2&#xa0;: un lien de téléchargement a été envoyé par courriel à %3. Ce lien est valable jusqu’au %4.</translation>
    </message>
    <message>
        <source>The server could not prepare the DOE. Try again later, or contact B2EI.</source>
        <translation>Le serveur n’a pas pu préparer le DOE. Réessayez plus tard ou contactez B2EI.</translation>
    </message>
</context>
<context>
    <name>mycloud::DoePackageDownload</name>
    <message>
        <source>The DOE package received is not the size the server announced. It was discarded: try again.</source>
        <translation>L’archive du DOE reçue n’a pas la taille annoncée par le serveur. Elle a été supprimée&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The DOE package cannot be saved: %1</source>
        <translation>Impossible d’enregistrer l’archive du DOE&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mycloud::FindUsDialog</name>
    <message>
        <source>Find us</source>
        <translation>Nous trouver</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open in a map service</source>
        <translation>&amp;Ouvrir dans un service de cartographie</translation>
    </message>
</context>
<context>
    <name>mycloud::InfoTab</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>&amp;Remote consultation through the QR code</source>
        <translation>&amp;Consultation distante via le QR Code</translation>
    </message>
    <message>
        <source>&amp;Download the photos…</source>
        <translation>Télécharger les &amp;photos…</translation>
    </message>
    <message>
        <source>Affair:</source>
        <translation>Affaire&#xa0;:</translation>
    </message>
    <message>
        <source>Affair reference:</source>
        <translation>Référence de l’affaire&#xa0;:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Manufactured on:</source>
        <translation>Fabriqué le&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Your B2EI contact:</source>
        <translation>Votre interlocuteur B2EI&#xa0;:</translation>
    </message>
    <message>
        <source>When off, the product&apos;s QR code opens no page, whatever the affair&apos;s switch.</source>
        <translation>Si elle est désactivée, le QR Code du produit n’ouvre aucune page, quel que soit le réglage de l’affaire.</translation>
    </message>
    <message>
        <source>Photos of the product</source>
        <translation>Photos du produit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>mycloud::LabelDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimer les étiquettes</translation>
    </message>
    <message>
        <source>A4 sticker sheet, 3 × 8 labels of 70 × 37 mm</source>
        <translation>Planche adhésive A4, 3&#xa0;×&#xa0;8 étiquettes de 70&#xa0;×&#xa0;37&#xa0;mm</translation>
    </message>
    <message>
        <source>One label per page, 100 × 60 mm</source>
        <translation>Une étiquette par page, 100&#xa0;×&#xa0;60&#xa0;mm</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>No products chosen.</source>
        <translation>Aucun produit sélectionné.</translation>
    </message>
    <message>
        <source>QR labels</source>
        <translation>Étiquettes QR Code</translation>
    </message>
    <message>
        <source>Printing the labels…</source>
        <translation>Impression des étiquettes…</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Enregistrer les étiquettes en PDF</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>étiquettes.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the labels…</source>
        <translation>Enregistrement des étiquettes…</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) done.</source>
        <translation>
            <numerusform>%n page terminée.</numerusform>
            <numerusform>%n pages terminées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::ListPage</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>mycloud::LockDialog</name>
    <message>
        <source>Lock %1</source>
        <translation>Verrouiller %1</translation>
    </message>
    <message>
        <source>Whoever scans a QR code of %1 will then be asked for this password before seeing its documents. Give it only to the people you trust.</source>
        <translation>Toute personne qui scanne un QR Code de %1 devra alors saisir ce mot de passe avant de voir ses documents. Ne le communiquez qu’aux personnes de confiance.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
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
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Search this page</source>
        <translation>&amp;Rechercher dans cette page</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>MyCloud</source>
        <translation>MyCloud</translation>
    </message>
    <message>
        <source>Your affairs (Ctrl+1)</source>
        <translation>Liste de vos affaires (Ctrl+1)</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Find us</source>
        <translation>Nous trouver</translation>
    </message>
    <message>
        <source>B2EI&apos;s address, phone, e-mail and map</source>
        <translation>Adresse, numéro de téléphone, adresse électronique et carte de B2EI</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The offline copy was damaged: it was set aside and is being filled again.</source>
        <translation>La copie hors ligne était endommagée&#xa0;: elle a été mise de côté et est en cours de reconstitution.</translation>
    </message>
    <message>
        <source>Sign in to synchronise. Until then you work on this computer&apos;s copy.</source>
        <translation>Connectez-vous pour synchroniser. En attendant, vous travaillez sur la copie de cet ordinateur.</translation>
    </message>
    <message>
        <source>B2EI&apos;s details arrive with the first synchronisation: sign in first.</source>
        <translation>Les informations de B2EI arrivent avec la première synchronisation&#xa0;: connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <translation>Fichiers de %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>This product has no such file.</source>
        <translation>Ce produit n’a aucun fichier de ce type.</translation>
    </message>
    <message>
        <source>A download is already in progress: wait for it or cancel it.</source>
        <translation>Un téléchargement est déjà en cours&#xa0;: attendez qu’il se termine ou annulez-le.</translation>
    </message>
    <message>
        <source>Save into which folder?</source>
        <translation>Enregistrer dans quel dossier&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download stopped: %1</source>
        <translation>Téléchargement interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved on this computer: it will be sent when the server can be reached.</source>
        <translation>Enregistré sur cet ordinateur&#xa0;: la modification sera envoyée dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Scan QR</source>
        <translation>Scanner un QR Code</translation>
    </message>
    <message>
        <source>Read a product&apos;s QR label with the camera or from an image (Ctrl+3)</source>
        <translation>Lire l’étiquette QR Code d’un produit avec la caméra ou à partir d’une image (Ctrl+3)</translation>
    </message>
    <message>
        <source>Your details, the global remote consultation switch, your password (Ctrl+4)</source>
        <translation>Vos informations, la consultation distante globale, votre mot de passe (Ctrl+4)</translation>
    </message>
    <message>
        <source>The link opens once you are signed in.</source>
        <translation>Le lien s’ouvrira une fois que vous serez connecté.</translation>
    </message>
    <message>
        <source>LGPL-2.1 with static linking exception</source>
        <translation>LGPL-2.1 avec exception pour l’édition de liens statique</translation>
    </message>
    <message>
        <source>&lt;p&gt;MyCloud Desktop is made with these libraries, each under its own licence:&lt;/p&gt;</source>
        <translation>&lt;p&gt;MyCloud Desktop est construit avec ces bibliothèques, chacune sous sa propre licence&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Their notices are installed with the application, in third-party-licenses.txt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leurs avis de licence sont installés avec l’application, dans third-party-licenses.txt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mycloud::MaintenanceTab</name>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Maintenance log</source>
        <translation>Suivi de maintenance</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete the maintenance note of %1? It is removed for everyone.</source>
        <translation>Supprimer la note de maintenance du %1&#xa0;? Elle sera supprimée pour tout le monde.</translation>
    </message>
</context>
<context>
    <name>mycloud::NoteDialog</name>
    <message>
        <source>&amp;Request date:</source>
        <translation>Date de la &amp;demande&#xa0;:</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Add a maintenance note</source>
        <translation>Ajouter une note de maintenance</translation>
    </message>
    <message>
        <source>Untick when the date of the request is not known.</source>
        <translation>Décochez si la date de la demande n’est pas connue.</translation>
    </message>
    <message>
        <source>Request date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>&amp;Task description:</source>
        <translation>Description de la &amp;tâche&#xa0;:</translation>
    </message>
    <message>
        <source>The task description is too long: at most %L1 characters.</source>
        <translation>La description de la tâche est trop longue&#xa0;: %L1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The execution date cannot be before the request date.</source>
        <translation>La date d’exécution ne peut pas être antérieure à la date de la demande.</translation>
    </message>
</context>
<context>
    <name>mycloud::NoteListModel</name>
    <message>
        <source>Requested</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Date d’exécution</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>mycloud::OfflineAffairListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Affair</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espace utilisé</translation>
    </message>
</context>
<context>
    <name>mycloud::OfflineMap</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>The map is not available.</source>
        <translation>La carte n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>mycloud::OfflineProgress</name>
    <message>
        <source>Keeping affairs offline</source>
        <translation>Mise hors ligne des affaires</translation>
    </message>
    <message>
        <source>Keeping affairs offline: %1 of %2</source>
        <translation>Mise hors ligne des affaires&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Some documents could not be kept offline: %1</source>
        <translation>Certains documents n’ont pas pu être conservés hors ligne&#xa0;: %1</translation>
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
    <message>
        <source>The password of this lock was not kept on this computer (no keychain answered): lock it again.</source>
        <translation>Le mot de passe de ce verrouillage n&apos;a pas été conservé sur cet ordinateur (aucun trousseau n&apos;a répondu) : verrouillez de nouveau.</translation>
    </message>
</context>
<context>
    <name>mycloud::PasswordFields</name>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe act&amp;uel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show the passwords</source>
        <translation>A&amp;fficher les mots de passe</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>De %1 à %2 caractères</translation>
    </message>
    <message>
        <source>The password must have %1 to %2 characters.</source>
        <translation>Le mot de passe doit comporter de %1 à %2 caractères.</translation>
    </message>
    <message>
        <source>Different from the current password</source>
        <translation>Différent du mot de passe actuel</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>Both entries are the same</source>
        <translation>Les deux saisies sont identiques</translation>
    </message>
    <message>
        <source>The confirmation does not match the password.</source>
        <translation>La confirmation ne correspond pas au mot de passe.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>mycloud::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit whole page</source>
        <translation>Afficher la page entière</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Search in the document (%1)</source>
        <translation>Rechercher dans le document (%1)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>Ouvrir dans la visionneuse du système</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>This PDF cannot be opened: the file “%1” is missing or cannot be read.</source>
        <translation>Impossible d’ouvrir ce PDF&#xa0;: le fichier «&#xa0;%1&#xa0;» est introuvable ou illisible.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Open it in the system viewer.</source>
        <translation>Ce PDF est protégé par un mot de passe. Ouvrez-le dans la visionneuse du système.</translation>
    </message>
    <message>
        <source>This PDF uses a protection that this viewer does not support. Open it in the system viewer.</source>
        <translation>Ce PDF utilise une protection que cette visionneuse ne prend pas en charge. Ouvrez-le dans la visionneuse du système.</translation>
    </message>
    <message>
        <source>This PDF cannot be opened: the file is damaged or is not a PDF.</source>
        <translation>Impossible d’ouvrir ce PDF&#xa0;: le fichier est endommagé ou n’est pas un PDF.</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hit(s)</source>
        <translation>
            <numerusform>%1 sur %n occurrence</numerusform>
            <numerusform>%1 sur %n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>Impression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>No application could open “%1”.</source>
        <translation>Aucune application n’a pu ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mycloud::PersonFields</name>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>%1: enter the company.</source>
        <translation>%1&#xa0;: indiquez l’entreprise.</translation>
    </message>
    <message>
        <source>%1: enter the last name.</source>
        <translation>%1&#xa0;: indiquez le nom.</translation>
    </message>
</context>
<context>
    <name>mycloud::PhotoThumbnailModel</name>
    <message>
        <source>%1 — double-click to see it large</source>
        <translation>%1 — double-cliquez pour l’afficher en grand</translation>
    </message>
</context>
<context>
    <name>mycloud::PhotoViewerDialog</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>This photo is still being downloaded.</source>
        <translation>Cette photo est encore en cours de téléchargement.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: the file is damaged or not an image.</source>
        <translation>Impossible d’afficher cette photo&#xa0;: le fichier est endommagé ou n’est pas une image.</translation>
    </message>
</context>
<context>
    <name>mycloud::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time MyCloud starts.</source>
        <translation>Le changement de langue prend effet au prochain démarrage de MyCloud.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>&#xa0;Mio</translation>
    </message>
    <message>
        <source>In use: %1, of which %2 kept for offline work (never evicted).</source>
        <translation>Espace utilisé&#xa0;: %1, dont %2 conservés pour le travail hors ligne (jamais supprimés).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Offline files, at most:</source>
        <translation>Fichiers &amp;hors ligne, au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Affairs available offline</source>
        <translation>Affaires disponibles hors ligne</translation>
    </message>
    <message>
        <source>None. Choose “Available offline” on an affair to keep its documents on this computer.</source>
        <translation>Aucune. Choisissez «&#xa0;Disponible hors ligne&#xa0;» sur une affaire pour conserver ses documents sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Stop keeping offline</source>
        <translation>&amp;Ne plus conserver hors ligne</translation>
    </message>
</context>
<context>
    <name>mycloud::ProductListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Fabriqué le</translation>
    </message>
    <message>
        <source>Remote consultation</source>
        <translation>Consultation distante</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
</context>
<context>
    <name>mycloud::ProductPage</name>
    <message>
        <source>Product information</source>
        <translation>Informations du produit</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Schematics</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Quality documents</source>
        <translation>Documents qualité</translation>
    </message>
    <message>
        <source>Misc files</source>
        <translation>Fichiers divers</translation>
    </message>
    <message>
        <source>Tasks to do</source>
        <translation>Tâches à réaliser</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Ce produit n’existe plus.</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Informations du produit</translation>
    </message>
    <message>
        <source>&amp;Schematics</source>
        <translation>&amp;Schémas</translation>
    </message>
    <message>
        <source>&amp;Quality documents</source>
        <translation>Documents &amp;qualité</translation>
    </message>
    <message>
        <source>Misc &amp;files</source>
        <translation>Fichiers di&amp;vers</translation>
    </message>
    <message>
        <source>&amp;Tasks to do</source>
        <translation>&amp;Tâches à réaliser</translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation>Suivi de &amp;maintenance</translation>
    </message>
</context>
<context>
    <name>mycloud::ProductsPage</name>
    <message>
        <source>Consult</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Search a product: name, reference, serial number…</source>
        <translation>Rechercher un produit&#xa0;: nom, référence, numéro de série…</translation>
    </message>
    <message>
        <source>This affair has no product.</source>
        <translation>Cette affaire n’a aucun produit.</translation>
    </message>
    <message>
        <source>Open the product sheet (Enter)</source>
        <translation>Ouvrir la fiche du produit (Entrée)</translation>
    </message>
    <message>
        <source>Add a maintenance note to this product</source>
        <translation>Ajouter une note de maintenance à ce produit</translation>
    </message>
    <message>
        <source>Add a task to do on this product</source>
        <translation>Ajouter une tâche à réaliser sur ce produit</translation>
    </message>
    <message>
        <source>Download this product&apos;s files into a folder</source>
        <translation>Télécharger les fichiers de ce produit dans un dossier</translation>
    </message>
    <message>
        <source>All &amp;photos…</source>
        <translation>Toutes les &amp;photos…</translation>
    </message>
    <message>
        <source>All &amp;schematics…</source>
        <translation>Tous les &amp;schémas…</translation>
    </message>
    <message>
        <source>All &amp;quality documents…</source>
        <translation>Tous les documents &amp;qualité…</translation>
    </message>
    <message>
        <source>All &amp;miscellaneous files…</source>
        <translation>Tous les fichiers &amp;divers…</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Products of %1 — %2</source>
        <translation>Produits de l’affaire %1 — %2</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print QR labels…</source>
        <translation>Imprimer les étiquettes QR Code…</translation>
    </message>
    <message>
        <source>Print or save as PDF the QR labels of this affair&apos;s products</source>
        <translation>Imprimer ou enregistrer en PDF les étiquettes QR Code des produits de cette affaire</translation>
    </message>
</context>
<context>
    <name>mycloud::QrAccess</name>
    <message>
        <source>Remote consultation</source>
        <translation>Consultation distante</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Verrouiller…</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Contact…</translation>
    </message>
    <message>
        <source>Your B2EI contact for this affair: call or e-mail</source>
        <translation>Votre interlocuteur B2EI pour cette affaire&#xa0;: appelez-le ou envoyez-lui un courriel</translation>
    </message>
    <message>
        <source>Remote consultation through the QR code is on: click to switch it off</source>
        <translation>La consultation distante via le QR Code est activée&#xa0;: cliquez pour la désactiver</translation>
    </message>
    <message>
        <source>Remote consultation through the QR code is off: click to switch it on</source>
        <translation>La consultation distante via le QR Code est désactivée&#xa0;: cliquez pour l’activer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>QR access asks for a password: remove it</source>
        <translation>L’accès par QR Code demande un mot de passe&#xa0;: supprimez-le</translation>
    </message>
    <message>
        <source>Protect QR access with a password</source>
        <translation>Protéger l’accès par QR Code avec un mot de passe</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>Anyone with the QR code will reach %1 without a password, as far as remote consultation allows.</source>
        <translation>Toute personne disposant du QR Code accédera à %1 sans mot de passe, dans la mesure où la consultation distante le permet.</translation>
    </message>
</context>
<context>
    <name>mycloud::ScanListModel</name>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
</context>
<context>
    <name>mycloud::ScanPage</name>
    <message>
        <source>&amp;Continuous</source>
        <translation>En co&amp;ntinu</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>&amp;Caméra&#xa0;:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Collect every code while walking along a row of panels, instead of opening the first product found</source>
        <translation>Recueillir tous les codes en longeant une rangée d’armoires, au lieu d’ouvrir le premier produit trouvé</translation>
    </message>
    <message>
        <source>Open an &amp;image…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Scanned codes</source>
        <translation>Codes scannés</translation>
    </message>
    <message>
        <source>You can also paste an image (Ctrl+V) or drop one on this page.</source>
        <translation>Vous pouvez aussi coller une image (Ctrl+V) ou en déposer une sur cette page.</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>No camera was found. Connect one and it will be listed here; meanwhile you can open, paste or drop an image of the label.</source>
        <translation>Aucune caméra n’a été trouvée. Branchez-en une et elle apparaîtra ici&#xa0;; en attendant, vous pouvez ouvrir, coller ou déposer une image de l’étiquette.</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <source>No QR code was found in this image.</source>
        <translation>Aucun QR Code n’a été trouvé dans cette image.</translation>
    </message>
</context>
<context>
    <name>mycloud::ScreenshotTour</name>
    <message>
        <source>The issuer certificate of a locally looked up certificate could not be found</source>
        <translation>Le certificat de l&apos;émetteur d&apos;un certificat converti localement est introuvable</translation>
    </message>
</context>
<context>
    <name>mycloud::SignInDialog</name>
    <message>
        <source>Sign in to MyCloud</source>
        <translation>Connexion à MyCloud</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;&lt;p&gt;With the e-mail address and password of your MyCloud account.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Connexion&lt;/h2&gt;&lt;p&gt;Avec l’adresse courriel et le mot de passe de votre compte MyCloud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Mot de passe &amp;oublié&#xa0;?</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Change it only for a self-hosted MyCloud server (https:// only).</source>
        <translation>À ne modifier que pour un serveur MyCloud auto-hébergé (https:// uniquement).</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Forgot your password?&lt;/h2&gt;&lt;p&gt;We e-mail you a code: type it below with your new password.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mot de passe oublié&#xa0;?&lt;/h2&gt;&lt;p&gt;Nous vous envoyons un code par courriel&#xa0;: saisissez-le ci-dessous avec votre nouveau mot de passe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send me a &amp;code</source>
        <translation>M’&amp;envoyer un code</translation>
    </message>
    <message>
        <source>C&amp;ode from the e-mail:</source>
        <translation>C&amp;ode reçu par courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm it:</source>
        <translation>Con&amp;firmez-le&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation>&amp;Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>&amp;Retour à la connexion</translation>
    </message>
    <message>
        <source>If an account uses %1, a code is on its way. It is valid for a short time only.</source>
        <translation>Si un compte utilise %1, un code vous a été envoyé. Il n’est valable que peu de temps.</translation>
    </message>
    <message>
        <source>Your password was changed: sign in with the new one.</source>
        <translation>Votre mot de passe a été modifié&#xa0;: connectez-vous avec le nouveau.</translation>
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
<context>
    <name>mycloud::SyncStatus</name>
    <message>
        <source>Changes the server could not take as they were: choose which version to keep</source>
        <translation>Modifications que le serveur n’a pas pu accepter telles quelles&#xa0;: choisissez la version à conserver</translation>
    </message>
    <message>
        <source>Synchronise now (F5)</source>
        <translation>Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Synchronising… %1 changes received</source>
        <translation>Synchronisation… %1 modifications reçues</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Working from this computer&apos;s copy: your changes are kept and sent when the server can be reached.</source>
        <translation>Travail sur la copie de cet ordinateur&#xa0;: vos modifications sont conservées et seront envoyées dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Last synchronised %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mycloud::TaskDialog</name>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioritaire</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Priority tasks come first in the list.</source>
        <translation>Les tâches prioritaires sont placées en haut de la liste.</translation>
    </message>
    <message>
        <source>&amp;Task to carry out:</source>
        <translation>&amp;Tâche à réaliser&#xa0;:</translation>
    </message>
    <message>
        <source>Edit the task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Describe the task to carry out.</source>
        <translation>Décrivez la tâche à réaliser.</translation>
    </message>
    <message>
        <source>The description is too long: at most %L1 characters.</source>
        <translation>La description est trop longue&#xa0;: %L1 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>mycloud::TaskListModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioritaire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>mycloud::TasksTab</name>
    <message>
        <source>Add a task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Tasks to do</source>
        <translation>Tâches à réaliser</translation>
    </message>
    <message>
        <source>The task was done: record who did it; it moves to the maintenance log</source>
        <translation>La tâche a été réalisée&#xa0;: indiquez qui l’a réalisée&#xa0;; elle passe dans le suivi de maintenance</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the task “%1”? It is removed for everyone.</source>
        <translation>Supprimer la tâche «&#xa0;%1&#xa0;»&#xa0;? Elle sera supprimée pour tout le monde.</translation>
    </message>
</context>
<context>
    <name>mycloud::ValidateTaskDialog</name>
    <message>
        <source>Validate the task</source>
        <translation>Valider la tâche</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mycloud::WorkFields</name>
    <message>
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>&amp;Execution date:</source>
        <translation>Date d’&amp;exécution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>Description de la &amp;réalisation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>The execution date cannot be in the future.</source>
        <translation>La date d’exécution ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The work done is too long: at most %L1 characters.</source>
        <translation>La description de la réalisation est trop longue&#xa0;: %L1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The comment is too long: at most %L1 characters.</source>
        <translation>Le commentaire est trop long&#xa0;: %L1 caractères au maximum.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>main</name>
    <message>
        <source>MyCloud Desktop: your B2EI affairs, products, schematics and maintenance, online or offline.</source>
        <translation>MyCloud Desktop : vos affaires, produits, schémas et suivis de maintenance B2EI, en ligne ou hors ligne.</translation>
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
    <name>mycloudcmd</name>
    <message>
        <source>MyCloud Desktop from the command line.</source>
        <translation>MyCloud Desktop en ligne de commande.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CopyOnceDialog</name>
    <message numerus="yes">
        <source>Key secret copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Key secret copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Key secret copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key id copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Key id copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Key id copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message numerus="yes">
        <source>The name has %n characters; at most %1 are allowed.</source>
        <translation>
            <numerusform>The name has %n character; at most %1 are allowed.</numerusform>
            <numerusform>The name has %n characters; at most %1 are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key id has %n characters; it needs at least %1.</source>
        <translation>
            <numerusform>The key id has %n character; it needs at least %1.</numerusform>
            <numerusform>The key id has %n characters; it needs at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key id has %n characters; at most %1 are allowed.</source>
        <translation>
            <numerusform>The key id has %n character; at most %1 are allowed.</numerusform>
            <numerusform>The key id has %n characters; at most %1 are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key secret has %n characters; it needs at least %1.</source>
        <translation>
            <numerusform>The key secret has %n character; it needs at least %1.</numerusform>
            <numerusform>The key secret has %n characters; it needs at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key secret has %n characters; at most %1 are allowed.</source>
        <translation>
            <numerusform>The key secret has %n character; at most %1 are allowed.</numerusform>
            <numerusform>The key secret has %n characters; at most %1 are allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedKeysView</name>
    <message numerus="yes">
        <source>%1 is on the clipboard. It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 is on the clipboard. It will be cleared in %n second.</numerusform>
            <numerusform>%1 is on the clipboard. It will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>

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
    <name>GatewayKeysController</name>
    <message numerus="yes">
        <source>%n key(s) enabled.</source>
        <translation>
            <numerusform>%n key enabled.</numerusform>
            <numerusform>%n keys enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) disabled.</source>
        <translation>
            <numerusform>%n key disabled.</numerusform>
            <numerusform>%n keys disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) bound to “%1”.</source>
        <translation>
            <numerusform>%n key bound to “%1”.</numerusform>
            <numerusform>%n keys bound to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) unbound from “%1”.</source>
        <translation>
            <numerusform>%n key unbound from “%1”.</numerusform>
            <numerusform>%n keys unbound from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayKeysView</name>
    <message numerus="yes">
        <source>The key id is on the clipboard. It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>The key id is on the clipboard. It will be cleared in %n second.</numerusform>
            <numerusform>The key id is on the clipboard. It will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s).</source>
        <translation>
            <numerusform>%n key.</numerusform>
            <numerusform>%n keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanChooserDialog</name>
    <message numerus="yes">
        <source>Bind the %n selected key(s) to a usage plan, or unbind them from one.</source>
        <translation>
            <numerusform>Bind the selected key to a usage plan, or unbind it from one.</numerusform>
            <numerusform>Bind the %n selected keys to a usage plan, or unbind them from one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n selected key(s) are bound to this plan.</source>
        <translation>
            <numerusform>%1 of the %n selected key is bound to this plan.</numerusform>
            <numerusform>%1 of the %n selected keys are bound to this plan.</numerusform>
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

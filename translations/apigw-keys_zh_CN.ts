<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli: %1
Try &apos;%2 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>The demo gateway could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: keys are created on the built-in gateway emulator at %1, with demo credentials that stay in memory. Nothing is sent to Tencent Cloud; saved keys go to your keychain and the list of saved keys as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a profile named “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot name a profile: use up to 64 characters, without slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is saved in the keychain and listed under Saved keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra CA bundle in Settings cannot be used, so only the system&apos;s certificate authorities are trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyOnceDialog</name>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key has been created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway shows the key secret only this once; it cannot be shown again. Copy it or save it in the keychain now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the secret in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;have stored the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: you chose the id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the gateway chose the id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key secret, shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the secret in the keychain: %1
Press Retry, or untick “Save the secret in the system keychain” to leave without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without the secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not confirmed that you stored the key secret. The gateway will never show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be saved in the keychain when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not saved anywhere by this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the secret in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Key secret copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key id copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Creates an API key pair on Tencent Cloud API Gateway (CreateApiKey) and prints it.
Operator credentials come from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_SESSION_TOKEN, or else from the profile&apos;s keychain entry (see &apos;apigw-keys-cli login&apos;). TENCENTCLOUD_REGION sets the default region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name (required for API 3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default) or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual key id: 5-50 of A-Z a-z 0-9 _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual key secret: 10-50 of A-Z a-z 0-9 _. Give - to read it from standard input (keeps it out of the process list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual key with a strong random id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API generation: 3 (default) or 2 (legacy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region, e.g. ap-guangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 2.0 signature: HmacSHA256 (default) or HmacSHA1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 2.0 HTTP method: POST (default) or GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates of this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and credentials profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key in the keychain and the key list, as the application does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli create: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid profile name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api takes 3 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signature-method takes HmacSHA256 or HmacSHA1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--http-method takes POST or GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type takes auto or manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate draws the id and secret; do not give them as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generate makes a manual key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-id and --key-secret are for manual keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key secret on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the CA bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the operator credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created API key (the gateway will not show its secret again)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Key ID:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Key secret:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Name:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Type:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Created:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  RequestId:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Saved:       in the keychain and the key list
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli: the key was created but not saved: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <source>Create an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 50 of A-Z a-z 0-9 _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 to 50 of A-Z a-z 0-9 _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key secret below the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a strong random key id and key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key secret, shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You choose the key id and key secret, or generate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway makes up the key id and key secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, for example orders-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for example orders-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your cloud API credentials (see Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed to create a key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>%1 is set but %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator credentials: set %1 and %2, or run &apos;apigw-keys-cli login --profile %3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsController</name>
    <message>
        <source>Your cloud API credentials could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cloud API credentials are kept in memory only, for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cloud API credentials are saved in the keychain (profile “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cloud API credentials could not be saved in the keychain: %1 They are used until you quit, and not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDescriber</name>
    <message>
        <source>The gateway did not accept your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not know the SecretId, or the key is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SecretId in Settings for typing mistakes and stray spaces, and check in the CAM console that the key is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId is not a cloud API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a SecretId from the CAM console, page API Keys; it starts with AKID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token is not valid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get new temporary credentials, or clear the session token in Settings if you use a permanent key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multi-factor authentication check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s MFA settings in the CAM console, or use a key that does not need MFA for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s signature did not match: usually the SecretKey is wrong, or the SecretId and SecretKey come from different key pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SecretId and SecretKey again from the CAM console into Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud account has not completed identity verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the account&apos;s identity verification in the console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the root account&apos;s keys may call this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key of the root account, or ask its owner to create the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway denied access to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s status in the console, or contact support with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account or sub-account whose key you use is not allowed to create API keys on API Gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator to grant the CreateApiKey permission of API Gateway in CAM, or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway rejected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway says that one of the values sent is not valid; its message below names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name, key id and key secret, change what the message names, and create again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key id exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key with the same key id exists on the account, so no new key was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another key id, or press Generate for a new random one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchase failed or the account&apos;s balance is too low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s balance in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has as many API keys as it may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API keys that are no longer used in the API Gateway console, or ask for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway limits how often this action may be called, and the limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds, then create again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s clock seems to be off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway took the request for a replay: its timestamp was too far off, or its random number had been used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s time differs from the gateway&apos;s by more than five minutes, so the gateway refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the computer&apos;s date, time and time zone right (turn on automatic time), then create again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble on the gateway&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reports that the action only partly succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key list in the API Gateway console before you do anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway had an internal problem or is briefly unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then create again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong endpoint, version or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not offer this action in the chosen region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another region in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not accept the protocol used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https:// endpoint in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at the endpoint does not know this action or API version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 2.0 is retired on the public cloud: choose API 3.0 and its default endpoint in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint and the API generation in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with an error that this application does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the gateway&apos;s message below; quote the code and the request id if you contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the form the protocol promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint in Settings; if it is right, contact support with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 instead of a gateway answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint may be wrong, or a proxy may be in the way: check the endpoint in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was much larger than any gateway answer, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint in Settings: it does not look like API Gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer within the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection; a longer timeout can be set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the endpoint failed or was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, the proxy and the endpoint in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, or a secure connection could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint. Behind a proxy that inspects TLS, add its CA certificate as the extra CA bundle in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint uses plain http:// to another computer, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// endpoint in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to send the request on to another address; the redirect was not followed, so the signed request did not go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values in the form or in Settings are not valid, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the form and Settings, then create again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may have been created even so. Check the API key list in the API Gateway console before you create it again, or you may end up with two keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request may have reached the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway&apos;s message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code, message, request ID and detail, to quote them to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Stores the operator&apos;s cloud API credentials (SecretId, SecretKey, optional session token) in the keychain for a profile. The SecretKey is read from standard input without echo: type it at the prompt, or pipe it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name (default: default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId (asked for when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read a session token (temporary credentials) from standard input, after the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli login: the SecretKey is never taken as an argument; it is read from standard input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli login: invalid profile name &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli login: no SecretId given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli login: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the credentials of profile &apos;%1&apos; in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the credentials from the keychain again, for example after unlocking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway, region, API version and your cloud API credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another set of settings and credentials, for example for a second account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About API Gateway Key Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile has its own settings and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new profile (for example the account it is for):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates API key pairs on Tencent Cloud API Gateway, helps you copy the new secret safely, and keeps secrets in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Enter a name: API 3.0 requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain tabs, line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name has %n characters; at most %1 are allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a key id, or press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key id has %n characters; it needs at least %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key id has %n characters; at most %1 are allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key id cannot contain spaces: use only letters A-Z and a-z, digits 0-9 and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id cannot contain “%1”: use only letters A-Z and a-z, digits 0-9 and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id may contain only letters A-Z and a-z, digits 0-9 and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a key secret, or press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key secret has %n characters; it needs at least %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key secret has %n characters; at most %1 are allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The key secret may contain only letters A-Z and a-z, digits 0-9 and _ (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key secret is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full https:// address, without user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region such as ap-guangzhou: lower-case letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be zh-CN, en-US or the server&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretId of your cloud API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SecretKey that belongs to the SecretId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId contains spaces or characters that a cloud API key never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretKey contains spaces or characters that a cloud API key never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token contains spaces or characters that a token never has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedKeysCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the keys saved on this machine (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the secret of a saved key, from the keychain, to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id (or the full id that &apos;list&apos; shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a saved key from this machine: its keychain entry and its entry in the key list. The key itself stays on the gateway; delete it there in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli: %1
Try &apos;%2 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys are saved on this machine.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  API %5  %6 %7  %8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key with id &apos;%1&apos; is saved on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several saved keys have the id &apos;%1&apos;; give one of:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from this machine. The key still exists on the gateway.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedKeysModel</name>
    <message>
        <source>%1 (API %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is in the system keychain and can be copied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not in the keychain: it cannot be copied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedKeysView</name>
    <message>
        <source>Problem with the list of saved keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again, for example after repairing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;aside and start anew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the damaged file under another name and start a new list with the keys that could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys saved on this computer. Their secrets are in the system keychain; this list holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved on this computer yet. Keys you create and save in the keychain appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected key&apos;s secret from the keychain; the clipboard is cleared again after a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected key here: its secret in the keychain and its line in this list. The key itself stays on the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the secret of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (key id %2) from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret is deleted from the system keychain and it leaves this list. This does not delete the key on the gateway: it keeps working until you delete it there, for example in the API Gateway console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of “%1” could not be deleted from the keychain, so the key stays in the list; nothing was removed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of “%1” was deleted from the keychain, but the key could not be taken off the list. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed from this computer. The key still exists on the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new list of saved keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept under a new name beside the old one, and a new list starts with the keys that could be read. Keys it could not read will no longer be listed, but their secrets stay in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be set aside. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged list was kept as %1; a new list was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the clipboard. It will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The keys that could be read are listed, and nothing is written to the list until it is repaired or set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: kept in memory only, never in the keychain or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”. Kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clip&amp;board after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 3.0 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 2.0 (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (en-US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (zh-CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 2.0 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API 3.0 only: the language of the gateway&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s public endpoint for this API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: the built-in gateway emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an extra CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>No keychain is available: no Secret Service (gnome-keyring, KWallet, KeePassXC) answers on the session bus. Nothing is ever stored in a plain file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it or allow access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not return the entry: it is missing, or the keychain is locked. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too large for this keychain; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain request was invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry does not hold what this application stores there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time; the operation may still complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of saved keys cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of saved keys is damaged; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of saved keys was written by a newer version of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of saved keys is not changed while it has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of saved keys could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved key has that id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: apigw-keys-cli COMMAND [options]

Creates and keeps Tencent Cloud API Gateway key pairs.

Commands:
  create   create a key pair (CreateApiKey) and print it
  list     list the keys saved on this machine
  secret   print a saved key&apos;s secret from the keychain
  remove   remove a saved key from this machine
  login    store operator credentials in the keychain

&apos;apigw-keys-cli COMMAND --help&apos; describes a command.
Exit codes: 0 ok, 1 other failure, 2 usage, 3 validation, 4 gateway error,
5 network or TLS, 6 keychain or key list.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apigw-keys-cli: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create API key pairs on Tencent Cloud API Gateway, copy the new secret safely, and keep secrets in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try every flow against a gateway emulator built in, on 127.0.0.1, with demo credentials kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the window is shown and idle, write a PNG of it to FILE, and go on running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo --screenshot, for the documentation: first bring the window to STATE (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the screenshot is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

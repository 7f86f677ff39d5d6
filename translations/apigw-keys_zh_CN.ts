<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>apigw-keys-cli: %1
Try &apos;%2 --help&apos;.
</source>
        <translation>apigw-keys-cli: %1
请运行 &apos;%2 --help&apos; 查看帮助。
</translation>
    </message>
    <message>
        <source>Usage: %1
</source>
        <translation>用法：%1
</translation>
    </message>
    <message>
        <source>apigw-keys-cli: %1
</source>
        <translation>apigw-keys-cli: %1
</translation>
    </message>
    <message>
        <source>Cannot read the operator credentials: %1</source>
        <translation>无法读取云 API 密钥：%1</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>The demo gateway could not listen on 127.0.0.1: %1</source>
        <translation>演示网关无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>Demo mode: keys are created on the built-in gateway emulator at %1, with demo credentials that stay in memory. Nothing is sent to Tencent Cloud; saved keys go to your keychain and the list of saved keys as usual.</source>
        <translation>演示模式：密钥将在位于 %1 的内置网关模拟器上创建，使用仅保存在内存中的演示凭据。不会向腾讯云发送任何内容；保存的密钥照常存入您的钥匙串和已保存密钥列表。</translation>
    </message>
    <message>
        <source>There is a profile named “%1” already.</source>
        <translation>已存在名为“%1”的配置档案。</translation>
    </message>
    <message>
        <source>“%1” cannot name a profile: use up to 64 characters, without slashes.</source>
        <translation>“%1”不能用作配置档案名称：名称最多 64 个字符，且不能包含斜杠。</translation>
    </message>
    <message>
        <source>The new key is saved in the keychain and listed under Saved keys.</source>
        <translation>新密钥已保存到钥匙串，并显示在“已保存的密钥”中。</translation>
    </message>
    <message>
        <source>The extra CA bundle in Settings cannot be used, so only the system&apos;s certificate authorities are trusted: %1</source>
        <translation>无法使用“设置”中的附加 CA 证书包，因此仅信任系统自带的证书颁发机构：%1</translation>
    </message>
    <message>
        <source>The application was asked to quit. It quits once you leave the dialog of the new key, whose secret is not stored anywhere else.</source>
        <translation>已收到退出请求。新密钥的密钥值未保存在其他任何地方，因此应用程序将在您离开新密钥对话框后退出。</translation>
    </message>
    <message>
        <source>A key is being created. Wait for the answer, or press Cancel, before closing.</source>
        <translation>正在创建密钥。请等待返回结果，或点击“取消”后再关闭。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read, so it is left as it is. Until it is repaired or removed, this session uses default settings and does not save changes.</source>
        <translation>无法读取设置文件 %1，因此不会改动该文件。在修复或删除该文件之前，本次会话使用默认设置，且不会保存任何更改。</translation>
    </message>
</context>
<context>
    <name>CopyOnceDialog</name>
    <message>
        <source>New API key</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <source>The API key has been created</source>
        <translation>API 密钥已创建</translation>
    </message>
    <message>
        <source>The gateway shows the key secret only this once; it cannot be shown again. Copy it or save it in the keychain now.</source>
        <translation>网关仅显示这一次密钥值，之后无法再次查看。请立即复制，或将其保存到钥匙串。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Key &amp;id:</source>
        <translation>密钥 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>复制 ID(&amp;Y)</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>密钥值(&amp;S)：</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>复制密钥值(&amp;C)</translation>
    </message>
    <message>
        <source>Save the secret in the system &amp;keychain</source>
        <translation>将密钥值保存到系统钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>I &amp;have stored the secret</source>
        <translation>我已妥善保存密钥值(&amp;H)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Manual: you chose the id and secret</source>
        <translation>自定义：由您指定密钥 ID 和密钥值</translation>
    </message>
    <message>
        <source>Automatic: the gateway chose the id and secret</source>
        <translation>自动生成：由网关生成密钥 ID 和密钥值</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <translation>%1（本地时间）
%2（UTC）</translation>
    </message>
    <message>
        <source>Not reported by the gateway</source>
        <translation>网关未返回</translation>
    </message>
    <message>
        <source>Key secret, shown</source>
        <translation>密钥值（已显示）</translation>
    </message>
    <message>
        <source>Copy key id</source>
        <translation>复制密钥 ID</translation>
    </message>
    <message>
        <source>Copy key secret</source>
        <translation>复制密钥值</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>完成(&amp;N)</translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>剪贴板已清空。</translation>
    </message>
    <message>
        <source>Could not save the secret in the keychain: %1
Press Retry, or untick “Save the secret in the system keychain” to leave without saving.</source>
        <translation>无法将密钥值保存到钥匙串：%1
请点击“重试”，或取消勾选“将密钥值保存到系统钥匙串”，不保存直接离开。</translation>
    </message>
    <message>
        <source>Leave without the secret?</source>
        <translation>确定在未保存密钥值的情况下离开吗？</translation>
    </message>
    <message>
        <source>You have not confirmed that you stored the key secret. The gateway will never show it again.</source>
        <translation>您尚未确认已保存密钥值。网关不会再次显示它。</translation>
    </message>
    <message>
        <source>It will be saved in the keychain when you leave.</source>
        <translation>离开时，密钥值将保存到钥匙串。</translation>
    </message>
    <message>
        <source>It is not saved anywhere by this application.</source>
        <translation>本应用不会将其保存在任何地方。</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>离开(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
    <message>
        <source>Hide key secret</source>
        <translation>隐藏密钥值</translation>
    </message>
    <message>
        <source>Show key secret</source>
        <translation>显示密钥值</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>正在将密钥值保存到钥匙串…</translation>
    </message>
    <message>
        <source>The secret is saved in the keychain.</source>
        <translation>密钥值已保存到钥匙串。</translation>
    </message>
    <message>
        <source>Could not save the secret in the keychain: %1</source>
        <translation>无法将密钥值保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Not saved in the keychain.</source>
        <translation>未保存到钥匙串。</translation>
    </message>
    <message numerus="yes">
        <source>Key secret copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>密钥值已复制。剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key id copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>密钥 ID 已复制。剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>New key secret</source>
        <translation>新的密钥值</translation>
    </message>
    <message>
        <source>The key has a new secret</source>
        <translation>密钥已有新的密钥值</translation>
    </message>
    <message>
        <source>The old secret no longer works. The gateway shows the new one only this once: copy it or save it in the keychain now, where it replaces the old one.</source>
        <translation>旧的密钥值已失效。网关只显示这一次新的密钥值：请现在复制，或保存到钥匙串中（会替换旧的）。</translation>
    </message>
    <message>
        <source>Key secret</source>
        <translation>密钥值</translation>
    </message>
    <message>
        <source>The key&apos;s secret, as the gateway has it</source>
        <translation>网关上此密钥的密钥值</translation>
    </message>
    <message>
        <source>Copy it where it is needed; the clipboard is cleared again after a while. Tick Save to keep it in this computer&apos;s keychain.</source>
        <translation>请将它复制到需要的地方；剪贴板会在一段时间后被清空。勾选“保存”可将它保存在本计算机的钥匙串中。</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Creates an API key pair on Tencent Cloud API Gateway (CreateApiKey) and prints it.
Operator credentials come from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_SESSION_TOKEN, or else from the profile&apos;s keychain entry (see &apos;apigw-keys-cli login&apos;). TENCENTCLOUD_REGION sets the default region.</source>
        <translation>在腾讯云 API 网关上创建 API 密钥对（CreateApiKey）并输出结果。
云 API 密钥取自 TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY 和 TENCENTCLOUD_SESSION_TOKEN，未设置时取自配置档案在钥匙串中的条目（参见 &apos;apigw-keys-cli login&apos;）。TENCENTCLOUD_REGION 用于设置默认地域。</translation>
    </message>
    <message>
        <source>Key name (required for API 3.0).</source>
        <translation>密钥名称（API 3.0 必填）。</translation>
    </message>
    <message>
        <source>auto (default) or manual.</source>
        <translation>auto（默认，自动生成）或 manual（自定义）。</translation>
    </message>
    <message>
        <source>Manual key id: 5-50 of A-Z a-z 0-9 _.</source>
        <translation>自定义密钥 ID：5-50 个字符，仅限 A-Z a-z 0-9 _。</translation>
    </message>
    <message>
        <source>Manual key with a strong random id and secret.</source>
        <translation>创建自定义密钥，并随机生成高强度的密钥 ID 和密钥值。</translation>
    </message>
    <message>
        <source>Save the key in the keychain and the key list, as the application does.</source>
        <translation>与图形界面应用一样，将密钥保存到钥匙串和密钥列表。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出单个 JSON 对象。</translation>
    </message>
    <message>
        <source>apigw-keys-cli create: %1
</source>
        <translation>apigw-keys-cli create: %1
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--type takes auto or manual</source>
        <translation>--type 的取值只能是 auto 或 manual</translation>
    </message>
    <message>
        <source>--generate draws the id and secret; do not give them as well</source>
        <translation>--generate 会随机生成密钥 ID 和密钥值，请勿同时指定这两项</translation>
    </message>
    <message>
        <source>--generate makes a manual key</source>
        <translation>--generate 只能用于创建自定义密钥（manual）</translation>
    </message>
    <message>
        <source>--key-id and --key-secret are for manual keys</source>
        <translation>--key-id 和 --key-secret 仅适用于自定义密钥（manual）</translation>
    </message>
    <message>
        <source>Key secret: </source>
        <translation>密钥值： </translation>
    </message>
    <message>
        <source>no key secret on standard input</source>
        <translation>标准输入中没有密钥值</translation>
    </message>
    <message>
        <source>Created API key (the gateway will not show its secret again)
</source>
        <translation>已创建 API 密钥（网关不会再次显示其密钥值）
</translation>
    </message>
    <message>
        <source>  Key ID:      %1
</source>
        <translation>  密钥 ID：    %1
</translation>
    </message>
    <message>
        <source>  Key secret:  %1
</source>
        <translation>  密钥值：     %1
</translation>
    </message>
    <message>
        <source>  Name:        %1
</source>
        <translation>  名称：       %1
</translation>
    </message>
    <message>
        <source>  Type:        %1
</source>
        <translation>  类型：       %1
</translation>
    </message>
    <message>
        <source>  Created:     %1
</source>
        <translation>  创建时间：   %1
</translation>
    </message>
    <message>
        <source>  RequestId:   %1
</source>
        <translation>  RequestId：  %1
</translation>
    </message>
    <message>
        <source>  Saved:       in the keychain and the key list
</source>
        <translation>  保存位置：   钥匙串和密钥列表
</translation>
    </message>
    <message>
        <source>apigw-keys-cli: the key was created but not saved: %1
</source>
        <translation>apigw-keys-cli: 密钥已创建，但未能保存：%1
</translation>
    </message>
    <message>
        <source>Manual key secret: 10-50 of A-Z a-z 0-9 _. Give - to read it from standard input; a value given here is visible to other users in the process list.</source>
        <translation>自定义密钥值：10-50 个字符，仅限 A-Z a-z 0-9 _。指定为 - 时从标准输入读取；直接在此给出的值会在进程列表中被其他用户看到。</translation>
    </message>
    <message>
        <source>Read the manual key secret from the first line of this file.</source>
        <translation>从此文件的第一行读取自定义密钥值。</translation>
    </message>
    <message>
        <source>give --key-secret or --key-secret-file, not both</source>
        <translation>只能指定 --key-secret 或 --key-secret-file 之一</translation>
    </message>
    <message>
        <source>cannot read the key secret from %1: %2</source>
        <translation>无法从 %1 读取密钥值：%2</translation>
    </message>
    <message>
        <source>apigw-keys-cli create: warning: a key secret given as an argument is visible to every user of this machine in the process list and stays in the shell history; use --key-secret-file PATH or --key-secret - instead.
</source>
        <translation>apigw-keys-cli create：警告：作为参数给出的密钥值会在进程列表中被本机所有用户看到，并留在 shell 历史记录中；请改用 --key-secret-file PATH 或 --key-secret -。
</translation>
    </message>
</context>
<context>
    <name>CreateForm</name>
    <message>
        <source>Create an API key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>自动生成(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>自定义(&amp;M)</translation>
    </message>
    <message>
        <source>Key &amp;id:</source>
        <translation>密钥 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>5 to 50 of A-Z a-z 0-9 _</source>
        <translation>5 到 50 个字符，仅限 A-Z a-z 0-9 _</translation>
    </message>
    <message>
        <source>Key s&amp;ecret:</source>
        <translation>密钥值(&amp;E)：</translation>
    </message>
    <message>
        <source>10 to 50 of A-Z a-z 0-9 _</source>
        <translation>10 到 50 个字符，仅限 A-Z a-z 0-9 _</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the key secret below the field</source>
        <translation>在输入框下方显示密钥值</translation>
    </message>
    <message>
        <source>&amp;Generate id and secret</source>
        <translation>生成密钥 ID 和密钥值(&amp;G)</translation>
    </message>
    <message>
        <source>Fill in a strong random key id and key secret</source>
        <translation>填入随机生成的高强度密钥 ID 和密钥值</translation>
    </message>
    <message>
        <source>Open se&amp;ttings…</source>
        <translation>打开设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>正在创建密钥…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>创建密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Key secret, shown</source>
        <translation>密钥值（已显示）</translation>
    </message>
    <message>
        <source>Show key secret</source>
        <translation>显示密钥值</translation>
    </message>
    <message>
        <source>Creating the key</source>
        <translation>正在创建密钥</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>You choose the key id and key secret, or generate them.</source>
        <translation>由您填写密钥 ID 和密钥值，也可以随机生成。</translation>
    </message>
    <message>
        <source>The gateway makes up the key id and key secret.</source>
        <translation>由网关生成密钥 ID 和密钥值。</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>名称（必填）(&amp;N)：</translation>
    </message>
    <message>
        <source>Required, for example orders-service</source>
        <translation>必填，例如 orders-service</translation>
    </message>
    <message>
        <source>Optional, for example orders-service</source>
        <translation>选填，例如 orders-service</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Hide key secret</source>
        <translation>隐藏密钥值</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>a valid name</source>
        <translation>有效的名称</translation>
    </message>
    <message>
        <source>a key id</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>a valid key id</source>
        <translation>有效的密钥 ID</translation>
    </message>
    <message>
        <source>a key secret</source>
        <translation>密钥值</translation>
    </message>
    <message>
        <source>a valid key secret</source>
        <translation>有效的密钥值</translation>
    </message>
    <message>
        <source>your cloud API credentials (see Settings)</source>
        <translation>云 API 密钥（在“设置”中填写）</translation>
    </message>
    <message>
        <source>Still needed to create a key: %1.</source>
        <translation>创建密钥前还需提供：%1。</translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>%1 is set but %2 is not.</source>
        <translation>已设置 %1，但未设置 %2。</translation>
    </message>
    <message>
        <source>No operator credentials: set %1 and %2, or run &apos;apigw-keys-cli login --profile %3&apos;.</source>
        <translation>没有云 API 密钥：请设置 %1 和 %2，或运行 &apos;apigw-keys-cli login --profile %3&apos;。</translation>
    </message>
</context>
<context>
    <name>CredentialsController</name>
    <message>
        <source>Your cloud API credentials could not be read from the keychain: %1</source>
        <translation>无法从钥匙串读取您的云 API 密钥：%1</translation>
    </message>
    <message>
        <source>Your cloud API credentials are kept in memory only, for this session.</source>
        <translation>您的云 API 密钥仅保存在内存中，只在本次会话中有效。</translation>
    </message>
    <message>
        <source>Your cloud API credentials are saved in the keychain (profile “%1”).</source>
        <translation>您的云 API 密钥已保存到钥匙串（配置档案“%1”）。</translation>
    </message>
    <message>
        <source>Your cloud API credentials could not be saved in the keychain: %1 They are used until you quit, and not kept anywhere.</source>
        <translation>无法将您的云 API 密钥保存到钥匙串：%1 在您退出前仍会使用这些密钥，但不会将其保存在任何地方。</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭(&amp;D)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Gateway&apos;s message:</source>
        <translation>网关消息：</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>RequestId：</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>详细信息：</translation>
    </message>
    <message>
        <source>Cop&amp;y details</source>
        <translation>复制详细信息(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the code, message, request ID and detail, to quote them to support</source>
        <translation>复制错误码、消息、RequestId 和详细信息，以便提供给技术支持</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Gateway&apos;s message</source>
        <translation>网关消息</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Details copied.</source>
        <translation>详细信息已复制。</translation>
    </message>
</context>
<context>
    <name>FailureReport</name>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The gateway does not know the SecretId, or the key is disabled.</source>
        <translation>网关找不到该 SecretId，或该密钥已被禁用。</translation>
    </message>
    <message>
        <source>Check the SecretId in Settings for typing mistakes and stray spaces, and check in the CAM console that the key is enabled.</source>
        <translation>请检查“设置”中的 SecretId 是否有输入错误或多余的空格，并在访问管理控制台确认该密钥已启用。</translation>
    </message>
    <message>
        <source>The SecretId is not a cloud API key.</source>
        <translation>该 SecretId 不是云 API 密钥。</translation>
    </message>
    <message>
        <source>Use a SecretId from the CAM console, page API Keys; it starts with AKID.</source>
        <translation>请使用访问管理控制台“API 密钥管理”页面中的 SecretId，它以 AKID 开头。</translation>
    </message>
    <message>
        <source>The session token is not valid or has expired.</source>
        <translation>会话令牌无效或已过期。</translation>
    </message>
    <message>
        <source>Get new temporary credentials, or clear the session token in Settings if you use a permanent key.</source>
        <translation>请获取新的临时凭据；如果使用的是永久密钥，请清空“设置”中的会话令牌。</translation>
    </message>
    <message>
        <source>The multi-factor authentication check failed.</source>
        <translation>MFA 多因素认证校验失败。</translation>
    </message>
    <message>
        <source>Check the account&apos;s MFA settings in the CAM console, or use a key that does not need MFA for this action.</source>
        <translation>请在访问管理控制台检查该账号的 MFA 设置，或改用调用此接口时无需 MFA 校验的密钥。</translation>
    </message>
    <message>
        <source>The cloud account has not completed identity verification.</source>
        <translation>该云账号尚未完成实名认证。</translation>
    </message>
    <message>
        <source>Complete the account&apos;s identity verification in the console, then try again.</source>
        <translation>请在控制台完成账号实名认证，然后重试。</translation>
    </message>
    <message>
        <source>Only the root account&apos;s keys may call this action.</source>
        <translation>只有主账号的密钥才能调用此接口。</translation>
    </message>
    <message>
        <source>Use a key of the root account, or ask its owner to create the API key.</source>
        <translation>请使用主账号的密钥，或请主账号所有者创建该 API 密钥。</translation>
    </message>
    <message>
        <source>The account did not pass the gateway&apos;s qualification review.</source>
        <translation>该账号未通过网关的资质审核。</translation>
    </message>
    <message>
        <source>Check the account&apos;s verification and qualification status in the console, or contact support with the details below.</source>
        <translation>请在控制台检查该账号的认证和资质状态，或携带下方详情联系技术支持。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is on the account&apos;s block list.</source>
        <translation>本机的 IP 地址在该账号的黑名单中。</translation>
    </message>
    <message>
        <source>Create the key from an allowed network, or ask the account&apos;s administrator to lift the block.</source>
        <translation>请从允许的网络创建密钥，或请账号管理员解除限制。</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list.</source>
        <translation>本机的 IP 地址不在该账号的白名单中。</translation>
    </message>
    <message>
        <source>Create the key from an allowed network, or ask the account&apos;s administrator to add this address.</source>
        <translation>请从允许的网络创建密钥，或请账号管理员添加此地址。</translation>
    </message>
    <message>
        <source>The gateway denied access to the account.</source>
        <translation>网关拒绝了该账号的访问。</translation>
    </message>
    <message>
        <source>Check the account&apos;s status in the console, or contact support with the details below.</source>
        <translation>请在控制台检查账号状态，或凭下方详细信息联系技术支持。</translation>
    </message>
    <message>
        <source>The gateway says that a resource the request names does not exist.</source>
        <translation>网关表示请求中指定的资源不存在。</translation>
    </message>
    <message>
        <source>Check the region in Settings and that API Gateway is activated for the account, then create again.</source>
        <translation>请在“设置”中检查地域，并确认该账号已开通 API 网关，然后重新创建。</translation>
    </message>
    <message>
        <source>The request was larger than the gateway accepts.</source>
        <translation>请求超过了网关可接受的大小。</translation>
    </message>
    <message>
        <source>Shorten the name, then create again.</source>
        <translation>请缩短名称，然后重新创建。</translation>
    </message>
    <message>
        <source>The gateway could not read the request&apos;s body.</source>
        <translation>网关无法读取请求的正文。</translation>
    </message>
    <message>
        <source>Create again; if it happens again, contact support with the details below.</source>
        <translation>请重新创建；如果再次出现，请携带下方详情联系技术支持。</translation>
    </message>
    <message>
        <source>The purchase failed or the account&apos;s balance is too low.</source>
        <translation>购买失败或账户余额不足。</translation>
    </message>
    <message>
        <source>Check the account&apos;s balance in the console.</source>
        <translation>请在控制台查看账户余额。</translation>
    </message>
    <message>
        <source>The account has made more requests than its quota allows.</source>
        <translation>该账号的请求次数超过了配额限制。</translation>
    </message>
    <message>
        <source>Wait before you create again, and check the account&apos;s request quotas in the console.</source>
        <translation>请稍候再创建，并在控制台检查该账号的请求配额。</translation>
    </message>
    <message>
        <source>The gateway took the request for a replay: its timestamp was too far off, or its random number had been used before.</source>
        <translation>网关将该请求视为重放请求：请求的时间戳偏差过大，或随机数（Nonce）已被使用过。</translation>
    </message>
    <message>
        <source>The gateway reports that the action only partly succeeded.</source>
        <translation>网关报告该操作仅部分成功。</translation>
    </message>
    <message>
        <source>Check the API key list in the API Gateway console before you do anything else.</source>
        <translation>在进行任何其他操作之前，请先在 API 网关控制台查看 API 密钥列表。</translation>
    </message>
    <message>
        <source>The gateway lacks the resources to carry out the request just now.</source>
        <translation>网关当前资源不足，无法处理该请求。</translation>
    </message>
    <message>
        <source>The vendor has retired this action on this endpoint.</source>
        <translation>厂商已在此接入点下线该接口。</translation>
    </message>
    <message>
        <source>Check the endpoint and the API generation in Settings; the API 3.0 default endpoint serves the current action.</source>
        <translation>请在“设置”中检查接入点和 API 版本；API 3.0 的默认接入点提供当前接口。</translation>
    </message>
    <message>
        <source>The server at the endpoint does not offer API Gateway.</source>
        <translation>该接入点的服务器不提供 API 网关服务。</translation>
    </message>
    <message>
        <source>Check the endpoint in Settings, or use the default endpoint.</source>
        <translation>请在“设置”中检查接入点，或使用默认接入点。</translation>
    </message>
    <message>
        <source>The gateway does not offer this action in the chosen region.</source>
        <translation>网关在所选地域不提供此接口。</translation>
    </message>
    <message>
        <source>Choose another region in Settings.</source>
        <translation>请在“设置”中选择其他地域。</translation>
    </message>
    <message>
        <source>The gateway does not accept the protocol used.</source>
        <translation>网关不接受所使用的协议。</translation>
    </message>
    <message>
        <source>Use the https:// endpoint in Settings.</source>
        <translation>请在“设置”中使用 https:// 接口地址。</translation>
    </message>
    <message>
        <source>This account may not create manual keys, whose id and secret you choose.</source>
        <translation>该账号不能创建手动密钥（即由您指定 ID 和密钥值的密钥）。</translation>
    </message>
    <message>
        <source>Create an automatic key instead (type auto): the gateway draws its id and secret.</source>
        <translation>请改为创建自动密钥（类型 auto）：由网关生成其 ID 和密钥值。</translation>
    </message>
    <message>
        <source>The gateway could not unpack the request.</source>
        <translation>网关无法解包该请求。</translation>
    </message>
    <message>
        <source>Check the name, key id and key secret, then create again; if it happens again, contact support with the details below.</source>
        <translation>请检查名称、密钥 ID 和密钥值，然后重新创建；如果再次出现，请携带下方详情联系技术支持。</translation>
    </message>
    <message>
        <source>A resource the request needs is in use.</source>
        <translation>请求所需的资源正被占用。</translation>
    </message>
    <message>
        <source>Check the API key list in the API Gateway console, then create again with other values if needed.</source>
        <translation>请在 API 网关控制台检查 API 密钥列表，必要时使用其他取值重新创建。</translation>
    </message>
    <message>
        <source>The gateway did not accept your credentials</source>
        <translation>网关未接受您的云 API 密钥</translation>
    </message>
    <message>
        <source>The request&apos;s signature did not match: usually the SecretKey is wrong, or the SecretId and SecretKey come from different key pairs.</source>
        <translation>请求签名不匹配：通常是 SecretKey 有误，或 SecretId 与 SecretKey 不属于同一个密钥对。</translation>
    </message>
    <message>
        <source>Copy the SecretId and SecretKey again from the CAM console into Settings, then try again.</source>
        <translation>请从访问管理控制台重新复制 SecretId 和 SecretKey 到“设置”中，然后重试。</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>The account or sub-account whose key you use is not allowed to create API keys on API Gateway.</source>
        <translation>您所用密钥所属的主账号或子账号无权在 API 网关上创建 API 密钥。</translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator to grant the CreateApiKey permission of API Gateway in CAM, or use another key.</source>
        <translation>请联系账号管理员在访问管理（CAM）中授予 API 网关 CreateApiKey 接口的权限，或改用其他密钥。</translation>
    </message>
    <message>
        <source>The gateway rejected a value</source>
        <translation>网关拒绝了某个参数值</translation>
    </message>
    <message>
        <source>The gateway says that one of the values sent is not valid; its message below names it.</source>
        <translation>网关认为发送的某个值无效，下方的网关消息中指明了是哪一个。</translation>
    </message>
    <message>
        <source>Check the name, key id and key secret, change what the message names, and create again.</source>
        <translation>请检查名称、密钥 ID 和密钥值，修改消息中指出的内容后重新创建。</translation>
    </message>
    <message>
        <source>This key id exists already</source>
        <translation>该密钥 ID 已存在</translation>
    </message>
    <message>
        <source>A key with the same key id exists on the account, so no new key was created.</source>
        <translation>账号中已存在相同密钥 ID 的密钥，因此未创建新密钥。</translation>
    </message>
    <message>
        <source>Choose another key id, or press Generate for a new random one.</source>
        <translation>请换一个密钥 ID，或点击“生成”获取新的随机值。</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>已达上限</translation>
    </message>
    <message>
        <source>The account has as many API keys as it may have.</source>
        <translation>该账号的 API 密钥数量已达上限。</translation>
    </message>
    <message>
        <source>Delete API keys that are no longer used in the API Gateway console, or ask for a higher quota.</source>
        <translation>请在 API 网关控制台删除不再使用的 API 密钥，或申请提高配额。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>The gateway limits how often this action may be called, and the limit was reached.</source>
        <translation>网关对此接口有调用频率限制，当前已达到上限。</translation>
    </message>
    <message>
        <source>Wait a few seconds, then create again.</source>
        <translation>请等待几秒后重新创建。</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock seems to be off</source>
        <translation>您的计算机时钟似乎不准确</translation>
    </message>
    <message>
        <source>The request&apos;s time differs from the gateway&apos;s by more than five minutes, so the gateway refused it.</source>
        <translation>请求时间与网关时间相差超过五分钟，网关已拒绝该请求。</translation>
    </message>
    <message>
        <source>Set the computer&apos;s date, time and time zone right (turn on automatic time), then create again.</source>
        <translation>请校正计算机的日期、时间和时区（建议开启自动设置时间），然后重新创建。</translation>
    </message>
    <message>
        <source>Trouble on the gateway&apos;s side</source>
        <translation>网关侧出现问题</translation>
    </message>
    <message>
        <source>The gateway had an internal problem or is briefly unavailable.</source>
        <translation>网关内部出错或暂时不可用。</translation>
    </message>
    <message>
        <source>Wait a minute, then create again.</source>
        <translation>请等待一分钟后重新创建。</translation>
    </message>
    <message>
        <source>Wrong endpoint, version or region</source>
        <translation>接口地址、版本或地域有误</translation>
    </message>
    <message>
        <source>The server at the endpoint does not know this action or API version.</source>
        <translation>该接口地址上的服务器不支持此接口或此 API 版本。</translation>
    </message>
    <message>
        <source>API 2.0 is retired on the public cloud: choose API 3.0 and its default endpoint in Settings.</source>
        <translation>公有云已停用 API 2.0：请在“设置”中选择 API 3.0 及其默认接口地址。</translation>
    </message>
    <message>
        <source>Check the endpoint and the API generation in Settings.</source>
        <translation>请检查“设置”中的接口地址和 API 版本。</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>The gateway does not support this operation for this account or with these values; its message below says more.</source>
        <translation>网关不支持对该账号或以这些取值执行此操作；下方的网关消息有更多说明。</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s message below; an automatic key, or other values, may be accepted.</source>
        <translation>请阅读下方的网关消息；自动密钥或其他取值可能会被接受。</translation>
    </message>
    <message>
        <source>The gateway could not create the key</source>
        <translation>网关无法创建该密钥</translation>
    </message>
    <message>
        <source>The gateway could not carry out the request; its message below says why.</source>
        <translation>网关无法执行该请求；下方的网关消息说明了原因。</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s message below and check the API key list in the console before you create again.</source>
        <translation>请阅读下方的网关消息，并在重新创建之前检查控制台中的 API 密钥列表。</translation>
    </message>
    <message>
        <source>The gateway refused the request</source>
        <translation>网关拒绝了请求</translation>
    </message>
    <message>
        <source>The gateway answered with an error that this application does not know.</source>
        <translation>网关返回了本应用无法识别的错误。</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s message below; quote the code and the request id if you contact support.</source>
        <translation>请阅读下方的网关消息；如需联系技术支持，请提供错误码和 RequestId。</translation>
    </message>
    <message>
        <source>The answer could not be understood</source>
        <translation>无法解析响应</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the form the protocol promises.</source>
        <translation>网关的响应不符合协议规定的格式。</translation>
    </message>
    <message>
        <source>Check the endpoint in Settings; if it is right, contact support with the details below.</source>
        <translation>请检查“设置”中的接口地址；如果地址无误，请凭下方详细信息联系技术支持。</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP 错误 %1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 instead of a gateway answer.</source>
        <translation>服务器返回了 HTTP 状态码 %1，而不是网关响应。</translation>
    </message>
    <message>
        <source>The endpoint may be wrong, or a proxy may be in the way: check the endpoint in Settings.</source>
        <translation>接口地址可能有误，或者中间存在代理：请检查“设置”中的接口地址。</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>The answer was much larger than any gateway answer, so it was not read.</source>
        <translation>响应远大于任何正常的网关响应，因此未读取。</translation>
    </message>
    <message>
        <source>Check the endpoint in Settings: it does not look like API Gateway.</source>
        <translation>请检查“设置”中的接口地址：它看起来不是 API 网关。</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>The gateway did not answer within the timeout.</source>
        <translation>网关未在超时时间内响应。</translation>
    </message>
    <message>
        <source>Check the network connection; a longer timeout can be set in Settings.</source>
        <translation>请检查网络连接；也可以在“设置”中设置更长的超时时间。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>You cancelled the request.</source>
        <translation>您已取消请求。</translation>
    </message>
    <message>
        <source>Create again when you are ready.</source>
        <translation>准备好后可重新创建。</translation>
    </message>
    <message>
        <source>Could not reach the gateway</source>
        <translation>无法连接到网关</translation>
    </message>
    <message>
        <source>The connection to the endpoint failed or was cut.</source>
        <translation>与接口地址的连接失败或中断。</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy and the endpoint in Settings.</source>
        <translation>请检查网络连接、代理以及“设置”中的接口地址。</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, or a secure connection could not be set up.</source>
        <translation>无法验证服务器证书，或无法建立安全连接。</translation>
    </message>
    <message>
        <source>Check the endpoint. Behind a proxy that inspects TLS, add its CA certificate as the extra CA bundle in Settings.</source>
        <translation>请检查接口地址。如果您通过会检查 TLS 流量的代理上网，请在“设置”中将该代理的 CA 证书添加为附加 CA 证书包。</translation>
    </message>
    <message>
        <source>The endpoint is not secure</source>
        <translation>接口地址不安全</translation>
    </message>
    <message>
        <source>The endpoint uses plain http:// to another computer, so nothing was sent.</source>
        <translation>该接口地址使用明文 http:// 连接其他计算机，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Use an https:// endpoint in Settings.</source>
        <translation>请在“设置”中使用 https:// 接口地址。</translation>
    </message>
    <message>
        <source>Redirected elsewhere</source>
        <translation>请求被重定向到其他地址</translation>
    </message>
    <message>
        <source>The server answered with HTTP 303 (See Other): it processed the request and points to its result at another address, which was not fetched.</source>
        <translation>服务器返回了 HTTP 303（See Other）：它已处理该请求，并指向另一个地址上的结果，该地址未被访问。</translation>
    </message>
    <message>
        <source>Check the API key list in the API Gateway console before you create again, then check the endpoint in Settings.</source>
        <translation>请在重新创建之前检查 API 网关控制台中的 API 密钥列表，然后在“设置”中检查接入点。</translation>
    </message>
    <message>
        <source>The server tried to send the request on to another address; the redirect was not followed, so the signed request did not go there.</source>
        <translation>服务器试图将请求转到其他地址；本应用未跟随该重定向，因此已签名的请求没有发往该地址。</translation>
    </message>
    <message>
        <source>Check the endpoint in Settings.</source>
        <translation>请检查“设置”中的接口地址。</translation>
    </message>
    <message>
        <source>The request could not be built</source>
        <translation>无法构建请求</translation>
    </message>
    <message>
        <source>Some values in the form or in Settings are not valid, so nothing was sent.</source>
        <translation>表单或“设置”中的某些值无效，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Check the form and Settings, then create again.</source>
        <translation>请检查表单和“设置”，然后重新创建。</translation>
    </message>
    <message>
        <source>The key may have been created even so. Check the API key list in the API Gateway console before you create it again, or you may end up with two keys.</source>
        <translation>尽管如此，密钥仍可能已创建成功。重新创建之前，请先在 API 网关控制台查看 API 密钥列表，否则可能会产生两个密钥。</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API：%1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Error name: %1</source>
        <translation>错误名称：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>The request may have reached the gateway.</source>
        <translation>该请求可能已到达网关。</translation>
    </message>
    <message>
        <source>Enter a name: API 3.0 requires one.</source>
        <translation>请输入名称：API 3.0 要求必须填写名称。</translation>
    </message>
    <message>
        <source>The name cannot contain tabs, line breaks or other control characters.</source>
        <translation>名称不能包含制表符、换行符或其他控制字符。</translation>
    </message>
    <message numerus="yes">
        <source>The name has %n characters; at most %1 are allowed.</source>
        <translation>
            <numerusform>名称长度为 %n 个字符，最多只能有 %1 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name is not valid.</source>
        <translation>名称无效。</translation>
    </message>
    <message>
        <source>Enter a key id, or press Generate.</source>
        <translation>请输入密钥 ID，或点击“生成”。</translation>
    </message>
    <message numerus="yes">
        <source>The key id has %n characters; it needs at least %1.</source>
        <translation>
            <numerusform>密钥 ID 长度为 %n 个字符，至少需要 %1 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key id has %n characters; at most %1 are allowed.</source>
        <translation>
            <numerusform>密钥 ID 长度为 %n 个字符，最多只能有 %1 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key id cannot contain spaces: use only letters A-Z and a-z, digits 0-9 and _.</source>
        <translation>密钥 ID 不能包含空格：只能使用字母 A-Z 和 a-z、数字 0-9 以及 _。</translation>
    </message>
    <message>
        <source>The key id cannot contain “%1”: use only letters A-Z and a-z, digits 0-9 and _.</source>
        <translation>密钥 ID 不能包含“%1”：只能使用字母 A-Z 和 a-z、数字 0-9 以及 _。</translation>
    </message>
    <message>
        <source>The key id may contain only letters A-Z and a-z, digits 0-9 and _.</source>
        <translation>密钥 ID 只能包含字母 A-Z 和 a-z、数字 0-9 以及 _。</translation>
    </message>
    <message>
        <source>The key id is not valid.</source>
        <translation>密钥 ID 无效。</translation>
    </message>
    <message>
        <source>Enter a key secret, or press Generate.</source>
        <translation>请输入密钥值，或点击“生成”。</translation>
    </message>
    <message numerus="yes">
        <source>The key secret has %n characters; it needs at least %1.</source>
        <translation>
            <numerusform>密钥值长度为 %n 个字符，至少需要 %1 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key secret has %n characters; at most %1 are allowed.</source>
        <translation>
            <numerusform>密钥值长度为 %n 个字符，最多只能有 %1 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key secret may contain only letters A-Z and a-z, digits 0-9 and _ (no spaces).</source>
        <translation>密钥值只能包含字母 A-Z 和 a-z、数字 0-9 以及 _（不能有空格）。</translation>
    </message>
    <message>
        <source>The key secret is not valid.</source>
        <translation>密钥值无效。</translation>
    </message>
    <message>
        <source>Enter a full https:// address, without user name, query or fragment.</source>
        <translation>请输入完整的 https:// 地址，不能包含用户名、查询参数或片段（#）。</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1). Use https://.</source>
        <translation>仅本机（localhost、127.0.0.1、::1）允许使用明文 http://，请使用 https://。</translation>
    </message>
    <message>
        <source>Choose a region such as ap-guangzhou: lower-case letters, digits and hyphens.</source>
        <translation>请选择地域，例如 ap-guangzhou：只能包含小写字母、数字和连字符。</translation>
    </message>
    <message>
        <source>The language must be zh-CN, en-US or the server&apos;s default.</source>
        <translation>语言必须是 zh-CN、en-US 或服务器默认语言。</translation>
    </message>
    <message>
        <source>With the HTTP method GET, the manual key&apos;s secret would travel in the URL, where proxies and access logs keep it, so nothing was sent. Choose POST for API 2.0 in Settings: POST carries it in the request body, which they do not keep.</source>
        <translation>使用 HTTP 方法 GET 时，手动密钥的密钥值会出现在 URL 中，而代理和访问日志会保存 URL，因此未发送任何内容。请在“设置”中为 API 2.0 选择 POST：POST 将其放在请求正文中，代理和日志不会保存正文。</translation>
    </message>
    <message>
        <source>With the HTTP method GET, your session token would travel in the URL, where proxies and access logs keep it, so nothing was sent. Choose POST for API 2.0 in Settings: POST carries it in the request body, which they do not keep.</source>
        <translation>使用 HTTP 方法 GET 时，您的会话令牌会出现在 URL 中，而代理和访问日志会保存 URL，因此未发送任何内容。请在“设置”中为 API 2.0 选择 POST：POST 将其放在请求正文中，代理和日志不会保存正文。</translation>
    </message>
    <message>
        <source>GET puts every parameter in the URL, where proxies and access logs keep it: a manual key&apos;s secret or a session token is never sent that way. POST does not have this problem.</source>
        <translation>GET 会把所有参数放在 URL 中，而代理和访问日志会保存 URL：手动密钥的密钥值或会话令牌绝不会以这种方式发送。POST 没有这个问题。</translation>
    </message>
    <message>
        <source>Enter the SecretId of your cloud API key.</source>
        <translation>请输入您的云 API 密钥的 SecretId。</translation>
    </message>
    <message>
        <source>Enter the SecretKey that belongs to the SecretId.</source>
        <translation>请输入与该 SecretId 对应的 SecretKey。</translation>
    </message>
    <message>
        <source>The SecretId contains spaces or characters that a cloud API key never has.</source>
        <translation>SecretId 包含空格或云 API 密钥中不会出现的字符。</translation>
    </message>
    <message>
        <source>The SecretKey contains spaces or characters that a cloud API key never has.</source>
        <translation>SecretKey 包含空格或云 API 密钥中不会出现的字符。</translation>
    </message>
    <message>
        <source>The session token contains spaces or characters that a token never has.</source>
        <translation>会话令牌包含空格或令牌中不会出现的字符。</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service (gnome-keyring, KWallet, KeePassXC) answers on the session bus. Nothing is ever stored in a plain file instead.</source>
        <translation>没有可用的钥匙串：会话总线上没有任何 Secret Service（gnome-keyring、KWallet、KeePassXC）响应。本应用绝不会改为将密钥保存到明文文件中。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it and try again; nothing was changed.</source>
        <translation>钥匙串已锁定。请解锁后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it or allow access, then try again.</source>
        <translation>钥匙串拒绝了访问。请解锁或允许访问，然后重试。</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>钥匙串中没有该条目。</translation>
    </message>
    <message>
        <source>The keychain did not return the entry: it is missing, or the keychain is locked. Unlock the keychain and try again.</source>
        <translation>钥匙串未返回该条目：条目不存在，或钥匙串已锁定。请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>The secret is too large for this keychain; nothing was stored.</source>
        <translation>密钥值过大，此钥匙串无法保存；未保存任何内容。</translation>
    </message>
    <message>
        <source>The keychain request was invalid.</source>
        <translation>钥匙串请求无效。</translation>
    </message>
    <message>
        <source>The keychain entry does not hold what this application stores there.</source>
        <translation>该钥匙串条目中的内容不是本应用保存的数据。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; the operation may still complete.</source>
        <translation>钥匙串未及时响应；该操作可能仍会完成。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; nothing was changed.</source>
        <translation>钥匙串未及时响应；未做任何更改。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>钥匙串报告了错误。</translation>
    </message>
    <message>
        <source>The list of saved keys cannot be read.</source>
        <translation>无法读取已保存密钥列表。</translation>
    </message>
    <message>
        <source>The list of saved keys is damaged; it was left as it is.</source>
        <translation>已保存密钥列表已损坏；本应用未对其做任何修改。</translation>
    </message>
    <message>
        <source>The list of saved keys was written by a newer version of this application.</source>
        <translation>已保存密钥列表由本应用的更高版本写入。</translation>
    </message>
    <message>
        <source>The list of saved keys is not changed while it has a problem.</source>
        <translation>已保存密钥列表存在问题，问题解决前不会对其进行修改。</translation>
    </message>
    <message>
        <source>The list of saved keys could not be written.</source>
        <translation>无法写入已保存密钥列表。</translation>
    </message>
    <message>
        <source>No saved key has that id.</source>
        <translation>找不到具有该 ID 的已保存密钥。</translation>
    </message>
    <message>
        <source>The list of saved keys is being changed by another program; try again.</source>
        <translation>已保存密钥列表正被另一个程序修改，请重试。</translation>
    </message>
    <message>
        <source>No such key</source>
        <translation>没有此密钥</translation>
    </message>
    <message>
        <source>The gateway has no key with this id on the account in this region.</source>
        <translation>网关在此账号的此地域中没有该 ID 的密钥。</translation>
    </message>
    <message>
        <source>Refresh the list of keys: the key may have been deleted. Check the region in Settings too.</source>
        <translation>请刷新密钥列表：此密钥可能已被删除。另请检查设置中的地域。</translation>
    </message>
    <message>
        <source>No such usage plan</source>
        <translation>没有此使用计划</translation>
    </message>
    <message>
        <source>The gateway has no usage plan with this id on the account in this region.</source>
        <translation>网关在此账号的此地域中没有该 ID 的使用计划。</translation>
    </message>
    <message>
        <source>Refresh the list of usage plans and choose one from it. Check the region in Settings too.</source>
        <translation>请刷新使用计划列表并从中选择一个。另请检查设置中的地域。</translation>
    </message>
    <message>
        <source>The key is enabled</source>
        <translation>密钥处于启用状态</translation>
    </message>
    <message>
        <source>The gateway deletes only disabled keys, and this key is enabled.</source>
        <translation>网关只删除已禁用的密钥，而此密钥处于启用状态。</translation>
    </message>
    <message>
        <source>The key is bound to a usage plan</source>
        <translation>密钥已绑定到使用计划</translation>
    </message>
    <message>
        <source>The key is bound to a usage plan, and the gateway deletes only keys that no usage plan uses.</source>
        <translation>此密钥已绑定到使用计划，而网关只删除未被任何使用计划使用的密钥。</translation>
    </message>
    <message>
        <source>Unbind it from its usage plans first, then delete it.</source>
        <translation>请先将它从其使用计划解绑，再删除。</translation>
    </message>
    <message>
        <source>Bound already</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>A key is bound to this usage plan already.</source>
        <translation>有密钥已绑定到此使用计划。</translation>
    </message>
    <message>
        <source>Refresh the list to see the plan&apos;s keys; a key that is bound already needs nothing more.</source>
        <translation>请刷新列表查看此计划的密钥；已绑定的密钥无需再做任何操作。</translation>
    </message>
    <message>
        <source>The usage plan is full</source>
        <translation>使用计划已满</translation>
    </message>
    <message>
        <source>The usage plan holds as many keys as it may.</source>
        <translation>此使用计划绑定的密钥已达上限。</translation>
    </message>
    <message>
        <source>Unbind keys the plan no longer needs, or bind the key to another usage plan.</source>
        <translation>请解绑此计划不再需要的密钥，或将密钥绑定到其他使用计划。</translation>
    </message>
    <message>
        <source>Unknown key ids</source>
        <translation>未知的密钥 ID</translation>
    </message>
    <message>
        <source>One or more of the key ids are not keys of the account.</source>
        <translation>一个或多个密钥 ID 不是此账号的密钥。</translation>
    </message>
    <message>
        <source>Refresh the list of keys and choose the keys from it.</source>
        <translation>请刷新密钥列表并从中选择密钥。</translation>
    </message>
    <message>
        <source>Change not allowed</source>
        <translation>不允许此更改</translation>
    </message>
    <message>
        <source>The gateway does not allow this change to this key.</source>
        <translation>网关不允许对此密钥进行此项更改。</translation>
    </message>
    <message>
        <source>Refresh the list to see the key as it is now; if the change still seems possible, contact support with the details below.</source>
        <translation>请刷新列表查看此密钥的当前状态；如果仍认为可以更改，请带着下面的详细信息联系技术支持。</translation>
    </message>
    <message>
        <source>The key cannot be bound</source>
        <translation>此密钥无法绑定</translation>
    </message>
    <message>
        <source>The gateway does not allow this key to be bound to a usage plan.</source>
        <translation>网关不允许将此密钥绑定到使用计划。</translation>
    </message>
    <message>
        <source>Choose another key, or contact support with the details below.</source>
        <translation>请选择其他密钥，或带着下面的详细信息联系技术支持。</translation>
    </message>
    <message>
        <source>Listing the keys on the gateway</source>
        <translation>列出网关上的密钥</translation>
    </message>
    <message>
        <source>Showing a key&apos;s secret</source>
        <translation>显示密钥的 Secret</translation>
    </message>
    <message>
        <source>Rotating a key&apos;s secret</source>
        <translation>轮换密钥的 Secret</translation>
    </message>
    <message>
        <source>Enabling a key</source>
        <translation>启用密钥</translation>
    </message>
    <message>
        <source>Disabling a key</source>
        <translation>禁用密钥</translation>
    </message>
    <message>
        <source>Deleting a key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Listing the usage plans</source>
        <translation>列出使用计划</translation>
    </message>
    <message>
        <source>Listing the keys of a usage plan</source>
        <translation>列出使用计划的密钥</translation>
    </message>
    <message>
        <source>Binding keys to a usage plan</source>
        <translation>将密钥绑定到使用计划</translation>
    </message>
    <message>
        <source>Unbinding keys from a usage plan</source>
        <translation>将密钥从使用计划解绑</translation>
    </message>
    <message>
        <source>Needs API 3.0</source>
        <translation>需要 API 3.0</translation>
    </message>
    <message>
        <source>%1 needs API 3.0: API 2.0 has no such action, so nothing was sent.</source>
        <translation>%1需要 API 3.0：API 2.0 没有此操作，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Choose API 3.0 in Settings (on the command line: --api 3), then try again.</source>
        <translation>请在设置中选择 API 3.0（命令行中使用 --api 3），然后重试。</translation>
    </message>
    <message>
        <source>API 2.0 finds keys by name only; filtering them by status or by usage plan needs API 3.0, so nothing was sent.</source>
        <translation>API 2.0 只能按名称查找密钥；按状态或使用计划筛选需要 API 3.0，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Choose API 3.0 in Settings (on the command line: --api 3), or list the keys without that filter.</source>
        <translation>请在设置中选择 API 3.0（命令行中使用 --api 3），或不使用该筛选条件列出密钥。</translation>
    </message>
    <message>
        <source>A value the action needs is missing or not valid, so nothing was sent.</source>
        <translation>此操作所需的某个值缺失或无效，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Correct what the detail names, then try again.</source>
        <translation>请更正详细信息中指出的内容，然后重试。</translation>
    </message>
    <message>
        <source>Choose a key: the action needs the id of a key on the gateway.</source>
        <translation>请选择一个密钥：此操作需要网关上某个密钥的 ID。</translation>
    </message>
    <message>
        <source>Choose a usage plan: the action needs the id of one.</source>
        <translation>请选择一个使用计划：此操作需要其 ID。</translation>
    </message>
    <message>
        <source>A page of a list holds 1 to 100 entries and starts at 0 or later.</source>
        <translation>列表的一页包含 1 到 100 项，且起始位置不小于 0。</translation>
    </message>
    <message>
        <source>%1 needs API 3.0.</source>
        <translation>%1需要 API 3.0。</translation>
    </message>
    <message>
        <source>Filtering the keys by status or by usage plan needs API 3.0.</source>
        <translation>按状态或使用计划筛选密钥需要 API 3.0。</translation>
    </message>
    <message>
        <source>The account or sub-account whose key you use is not allowed to do this on API Gateway.</source>
        <translation>您所使用密钥对应的账号或子账号无权在 API 网关上执行此操作。</translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator to grant the %1 permission of API Gateway in CAM, or use another key.</source>
        <translation>请让账号管理员在 CAM 中授予 API 网关的 %1 权限，或使用其他密钥。</translation>
    </message>
    <message>
        <source>Change what the gateway&apos;s message names, then try again.</source>
        <translation>请更改网关消息中指出的内容，然后重试。</translation>
    </message>
    <message>
        <source>The gateway says that a limit of the account was reached; its message below says which.</source>
        <translation>网关表示已达到账号的某项限制；下面的消息说明是哪一项。</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s message below; free up what the limit counts, or ask for a higher quota.</source>
        <translation>请阅读下面网关的消息；释放该限制所计的资源，或申请更高的配额。</translation>
    </message>
    <message>
        <source>Wait a few seconds, then try again.</source>
        <translation>请等待几秒钟，然后重试。</translation>
    </message>
    <message>
        <source>Set the computer&apos;s date, time and time zone right (turn on automatic time), then try again.</source>
        <translation>请正确设置计算机的日期、时间和时区（开启自动校时），然后重试。</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>请等待一分钟，然后重试。</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s message below, and refresh the list to see the keys and plans as they are now.</source>
        <translation>请阅读下面网关的消息，并刷新列表查看密钥和计划的当前状态。</translation>
    </message>
    <message>
        <source>The gateway could not carry out the action</source>
        <translation>网关无法执行此操作</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s message below, and refresh the list before you try again.</source>
        <translation>请阅读下面网关的消息，并在重试前刷新列表。</translation>
    </message>
    <message>
        <source>Check the network connection; a longer idle timeout can be given with --timeout SECONDS.</source>
        <translation>请检查网络连接；也可以用 --timeout SECONDS 指定更长的空闲超时时间。</translation>
    </message>
    <message>
        <source>Check the endpoint. Behind a proxy that inspects TLS, give its CA certificate with --ca-bundle PEM.</source>
        <translation>请检查接口地址。如果您通过会检查 TLS 流量的代理上网，请用 --ca-bundle PEM 指定该代理的 CA 证书。</translation>
    </message>
    <message>
        <source>Check the network connection, the proxy and the endpoint (--endpoint URL).</source>
        <translation>请检查网络连接、代理以及接口地址（--endpoint URL）。</translation>
    </message>
    <message>
        <source>Check the endpoint (--endpoint URL); if it is right, contact support with the details below.</source>
        <translation>请检查接口地址（--endpoint URL）；如果地址无误，请凭下方详细信息联系技术支持。</translation>
    </message>
    <message>
        <source>The endpoint may be wrong, or a proxy may be in the way: check the endpoint (--endpoint URL).</source>
        <translation>接口地址可能有误，或者中间存在代理：请检查接口地址（--endpoint URL）。</translation>
    </message>
    <message>
        <source>Check the endpoint (--endpoint URL).</source>
        <translation>请检查接口地址（--endpoint URL）。</translation>
    </message>
    <message>
        <source>Look at the key with &apos;apigw-keys-cli gateway show&apos; before you try again, then check the endpoint (--endpoint URL).</source>
        <translation>重试之前请先用 &apos;apigw-keys-cli gateway show&apos; 查看该密钥，然后检查接口地址（--endpoint URL）。</translation>
    </message>
    <message>
        <source>Check the API key list in the API Gateway console before you create again, then check the endpoint (--endpoint URL).</source>
        <translation>请在重新创建之前检查 API 网关控制台中的 API 密钥列表，然后检查接口地址（--endpoint URL）。</translation>
    </message>
    <message>
        <source>Disable it first (apigw-keys-cli gateway disable KEY_ID), then delete it.</source>
        <translation>请先禁用它（apigw-keys-cli gateway disable KEY_ID），再删除。</translation>
    </message>
    <message>
        <source>Try again when you are ready.</source>
        <translation>准备好后请重试。</translation>
    </message>
    <message>
        <source>Refresh the list to see the key as it is now before you try again, then check the endpoint in Settings.</source>
        <translation>重试之前请先刷新列表，查看该密钥的当前状态，然后检查“设置”中的接口地址。</translation>
    </message>
    <message>
        <source>Not possible in the key&apos;s status</source>
        <translation>密钥当前状态下无法执行</translation>
    </message>
    <message>
        <source>The gateway does not allow this action while the key is in its current status.</source>
        <translation>密钥处于当前状态时，网关不允许此操作。</translation>
    </message>
    <message>
        <source>Refresh the list to see the key&apos;s status, change it if needed, then try again.</source>
        <translation>请刷新列表查看密钥的状态，必要时更改后再重试。</translation>
    </message>
    <message>
        <source>The key was disabled first, and it stays disabled.</source>
        <translation>此密钥已先被禁用，并保持禁用状态。</translation>
    </message>
    <message>
        <source>The change may have been applied even so. Refresh the list to see the key as it is now before you try again.</source>
        <translation>尽管如此，此更改可能已经生效。请先刷新列表查看密钥的当前状态，再重试。</translation>
    </message>
    <message>
        <source>Disable it first, then delete it (or choose “Disable, then delete”).</source>
        <translation>请先禁用它，再删除（或选择“先禁用，再删除”）。</translation>
    </message>
</context>
<context>
    <name>GatewayCommand</name>
    <message>
        <source>Usage: apigw-keys-cli gateway SUBCOMMAND [options]

Manages the account&apos;s keys and usage plans on the gateway.

Subcommands:
  list     list the keys (never their secrets)
  show     show one key; its secret only with --show-secret
  enable   enable a key
  disable  disable a key
  delete   delete a disabled key that no usage plan holds
  rotate   give a key a new secret
  plans    list the usage plans and how many keys each holds
  bind     bind a key to a usage plan
  unbind   unbind a key from a usage plan

&apos;apigw-keys-cli gateway SUBCOMMAND --help&apos; describes a subcommand.
</source>
        <translation>用法：apigw-keys-cli gateway 子命令 [选项]

管理账号在网关上的密钥和使用计划。

子命令：
  list     列出密钥（从不显示密钥值）
  show     显示一个密钥；仅在指定 --show-secret 时显示其密钥值
  enable   启用密钥
  disable  停用密钥
  delete   删除一个已停用且未绑定任何使用计划的密钥
  rotate   为密钥更换新的密钥值
  plans    列出使用计划及各自绑定的密钥数
  bind     将密钥绑定到使用计划
  unbind   将密钥从使用计划解绑

&apos;apigw-keys-cli gateway 子命令 --help&apos; 可查看子命令的说明。
</translation>
    </message>
    <message>
        <source>apigw-keys-cli gateway: unknown subcommand &apos;%1&apos;
</source>
        <translation>apigw-keys-cli gateway：未知子命令 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Only keys with this status.</source>
        <translation>只列出处于此状态的密钥。</translation>
    </message>
    <message>
        <source>Only keys whose name or id contains TEXT.</source>
        <translation>只列出名称或 ID 包含 TEXT 的密钥。</translation>
    </message>
    <message>
        <source>Keys a page, 1 to 100 (default 20).</source>
        <translation>每页的密钥数，1 到 100（默认 20）。</translation>
    </message>
    <message>
        <source>Fetch every page, to the last.</source>
        <translation>获取全部页，直到最后一页。</translation>
    </message>
    <message>
        <source>Print the key&apos;s secret too, on standard output.</source>
        <translation>同时在标准输出上打印密钥值。</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>不经询问直接删除。</translation>
    </message>
    <message>
        <source>Read the new manual secret from standard input (give -).</source>
        <translation>从标准输入读取新的自定义密钥值（取值为 -）。</translation>
    </message>
    <message>
        <source>Read the new manual secret from the first line of this file.</source>
        <translation>从此文件的第一行读取新的自定义密钥值。</translation>
    </message>
    <message>
        <source>A strong random new secret (for a manual key).</source>
        <translation>生成高强度的随机新密钥值（用于自定义密钥）。</translation>
    </message>
    <message>
        <source>Save the new secret in this computer&apos;s keychain and key list (a key the keychain already holds is always replaced there).</source>
        <translation>将新密钥值保存到本机钥匙串和密钥列表（钥匙串中已有的密钥总会被替换）。</translation>
    </message>
    <message>
        <source>The usage plan&apos;s id.</source>
        <translation>使用计划的 ID。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出单个 JSON 对象。</translation>
    </message>
    <message>
        <source>Lists the account&apos;s keys on the gateway, a page at a time (DescribeApiKeysStatus); never their secrets.</source>
        <translation>逐页列出账号在网关上的密钥（DescribeApiKeysStatus），从不显示密钥值。</translation>
    </message>
    <message>
        <source>Shows one key (DescribeApiKey). Its secret is printed only with --show-secret.</source>
        <translation>显示一个密钥（DescribeApiKey）。仅在指定 --show-secret 时打印其密钥值。</translation>
    </message>
    <message>
        <source>Enables a key (EnableApiKey).</source>
        <translation>启用密钥（EnableApiKey）。</translation>
    </message>
    <message>
        <source>Disables a key (DisableApiKey).</source>
        <translation>停用密钥（DisableApiKey）。</translation>
    </message>
    <message>
        <source>Deletes a key from the gateway (DeleteApiKey); it cannot be undone. The gateway deletes only a disabled key that no usage plan holds. Asks first on a terminal; elsewhere it needs --yes.</source>
        <translation>从网关删除密钥（DeleteApiKey），删除后无法恢复。网关只删除已停用且未绑定任何使用计划的密钥。在终端上会先询问；否则需要 --yes。</translation>
    </message>
    <message>
        <source>Gives a key a new secret (UpdateApiKey) and prints it once. A manual key takes the new secret from --key-secret -, --key-secret-file or --generate; without them the gateway draws one.</source>
        <translation>为密钥更换新的密钥值（UpdateApiKey）并只打印一次。自定义密钥的新密钥值来自 --key-secret -、--key-secret-file 或 --generate；不指定时由网关生成。</translation>
    </message>
    <message>
        <source>Lists the usage plans and how many keys each holds (DescribeUsagePlansStatus, DescribeUsagePlanSecretIds).</source>
        <translation>列出使用计划及各自绑定的密钥数（DescribeUsagePlansStatus、DescribeUsagePlanSecretIds）。</translation>
    </message>
    <message>
        <source>Binds a key to a usage plan (BindSecretIds).</source>
        <translation>将密钥绑定到使用计划（BindSecretIds）。</translation>
    </message>
    <message>
        <source>Unbinds a key from a usage plan (UnBindSecretIds).</source>
        <translation>将密钥从使用计划解绑（UnBindSecretIds）。</translation>
    </message>
    <message>
        <source>The key&apos;s id (AccessKeyId).</source>
        <translation>密钥的 ID（AccessKeyId）。</translation>
    </message>
    <message>
        <source>apigw-keys-cli gateway %1: %2
Try &apos;apigw-keys-cli gateway %1 --help&apos;.
</source>
        <translation>apigw-keys-cli gateway %1：%2
请尝试 &apos;apigw-keys-cli gateway %1 --help&apos;。
</translation>
    </message>
    <message>
        <source>give exactly one key id</source>
        <translation>请只指定一个密钥 ID</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--status takes enabled or disabled</source>
        <translation>--status 的取值只能是 enabled 或 disabled</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100</source>
        <translation>--limit 的取值必须是 1 到 100 之间的数字</translation>
    </message>
    <message>
        <source>give one of --key-secret -, --key-secret-file and --generate</source>
        <translation>--key-secret -、--key-secret-file 和 --generate 只能指定其一</translation>
    </message>
    <message>
        <source>--key-secret takes only - (read the secret from standard input); a secret given as an argument is visible to every user of this machine. Use --key-secret-file PATH otherwise.</source>
        <translation>--key-secret 只接受 -（从标准输入读取密钥值）；作为参数给出的密钥值对本机所有用户可见。否则请使用 --key-secret-file PATH。</translation>
    </message>
    <message>
        <source>New key secret: </source>
        <translation>新密钥值：</translation>
    </message>
    <message>
        <source>no key secret on standard input</source>
        <translation>标准输入中没有密钥值</translation>
    </message>
    <message>
        <source>the key secret read from standard input is empty</source>
        <translation>从标准输入读取的密钥值为空</translation>
    </message>
    <message>
        <source>cannot read the key secret from %1: %2</source>
        <translation>无法从 %1 读取密钥值：%2</translation>
    </message>
    <message>
        <source>the first line of %1 is empty</source>
        <translation>%1 的第一行为空</translation>
    </message>
    <message>
        <source>give the usage plan with --usage-plan PLAN</source>
        <translation>请用 --usage-plan PLAN 指定使用计划</translation>
    </message>
    <message>
        <source>&apos;gateway %1&apos; needs API 3.0: API 2.0 has no %2 action. Run it with --api 3.</source>
        <translation>&apos;gateway %1&apos; 需要 API 3.0：API 2.0 没有 %2 接口。请加 --api 3 运行。</translation>
    </message>
    <message>
        <source>&apos;gateway list --status&apos; needs API 3.0: API 2.0 cannot filter keys by status. Run it with --api 3.</source>
        <translation>&apos;gateway list --status&apos; 需要 API 3.0：API 2.0 无法按状态筛选密钥。请加 --api 3 运行。</translation>
    </message>
    <message>
        <source>refusing to delete %1 without confirmation: standard input is not a terminal. Add --yes to delete it.</source>
        <translation>未经确认，拒绝删除 %1：标准输入不是终端。如需删除，请加 --yes。</translation>
    </message>
    <message>
        <source>The gateway may have applied the change before the answer was lost. It was not sent again; check with &apos;apigw-keys-cli gateway show %1 --show-secret&apos; whether the key has a new secret before trying again. This computer&apos;s keychain was not changed.</source>
        <translation>网关可能在应答丢失之前已经执行了此更改。请求没有重发；重试之前请先用 &apos;apigw-keys-cli gateway show %1 --show-secret&apos; 查看该密钥是否已有新的密钥值。本机钥匙串未作更改。</translation>
    </message>
    <message>
        <source>The gateway may have applied the change before the answer was lost. It was not sent again; check with &apos;apigw-keys-cli gateway show %1&apos; or &apos;gateway list&apos; before trying again.</source>
        <translation>网关可能在应答丢失之前已经执行了此更改。请求没有重发；重试之前请先用 &apos;apigw-keys-cli gateway show %1&apos; 或 &apos;gateway list&apos; 查看。</translation>
    </message>
    <message>
        <source>Unexpected answer to the key listing.</source>
        <translation>密钥列表的应答不符合预期。</translation>
    </message>
    <message>
        <source>No keys on the gateway match.
</source>
        <translation>网关上没有符合条件的密钥。
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Showing %1 of %2 keys; --all lists them all.
</source>
        <translation>显示 %2 个密钥中的 %1 个；--all 可列出全部。
</translation>
    </message>
    <message>
        <source>Unexpected answer to the key&apos;s description.</source>
        <translation>密钥详情的应答不符合预期。</translation>
    </message>
    <message>
        <source>  Key ID:      %1
</source>
        <translation>  密钥 ID：    %1
</translation>
    </message>
    <message>
        <source>  Name:        %1
</source>
        <translation>  名称：       %1
</translation>
    </message>
    <message>
        <source>  Type:        %1
</source>
        <translation>  类型：       %1
</translation>
    </message>
    <message>
        <source>  Status:      %1
</source>
        <translation>  状态：       %1
</translation>
    </message>
    <message>
        <source>  Created:     %1
</source>
        <translation>  创建时间：   %1
</translation>
    </message>
    <message>
        <source>  Modified:    %1
</source>
        <translation>  修改时间：   %1
</translation>
    </message>
    <message>
        <source>  Key secret:  %1
</source>
        <translation>  密钥值：     %1
</translation>
    </message>
    <message>
        <source>Enabled key %1.
</source>
        <translation>已启用密钥 %1。
</translation>
    </message>
    <message>
        <source>Disabled key %1.
</source>
        <translation>已停用密钥 %1。
</translation>
    </message>
    <message>
        <source>The gateway has no key with the id %1.</source>
        <translation>网关上没有 ID 为 %1 的密钥。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Key %1 is enabled, and the gateway deletes only disabled keys. Disable it first, then delete it:
  apigw-keys-cli gateway disable %2
  apigw-keys-cli gateway delete %2</source>
        <translation>密钥 %1 处于启用状态，而网关只删除已停用的密钥。请先停用，再删除：
  apigw-keys-cli gateway disable %2
  apigw-keys-cli gateway delete %2</translation>
    </message>
    <message>
        <source>Delete key %1 from the gateway? This cannot be undone. [y/N] </source>
        <translation>要从网关删除密钥 %1 吗？删除后无法恢复。[y/N] </translation>
    </message>
    <message>
        <source>Not deleted: the deletion was not confirmed.</source>
        <translation>未删除：删除没有得到确认。</translation>
    </message>
    <message>
        <source>Deleted key %1 from the gateway.
</source>
        <translation>已从网关删除密钥 %1。
</translation>
    </message>
    <message>
        <source>Disable the key first, then delete it:
  apigw-keys-cli gateway disable %1
  apigw-keys-cli gateway delete %1</source>
        <translation>请先停用密钥，再删除：
  apigw-keys-cli gateway disable %1
  apigw-keys-cli gateway delete %1</translation>
    </message>
    <message>
        <source>Key %1 is bound to a usage plan. Unbind it (&apos;apigw-keys-cli gateway plans&apos; lists them), then delete it.</source>
        <translation>密钥 %1 绑定在某个使用计划上。请先解绑（&apos;apigw-keys-cli gateway plans&apos; 可列出使用计划），再删除。</translation>
    </message>
    <message>
        <source>Key %1 is bound to these usage plans: %2. Unbind it from each, then delete it:
  apigw-keys-cli gateway unbind %1 --usage-plan %3</source>
        <translation>密钥 %1 绑定在以下使用计划上：%2。请先从每个计划解绑，再删除：
  apigw-keys-cli gateway unbind %1 --usage-plan %3</translation>
    </message>
    <message>
        <source>Unexpected answer to the rotation.</source>
        <translation>更换密钥值的应答不符合预期。</translation>
    </message>
    <message>
        <source>Rotated the secret of key %1 (shown once)
</source>
        <translation>已更换密钥 %1 的密钥值（只显示这一次）
</translation>
    </message>
    <message>
        <source>  Saved:       in this computer&apos;s keychain
</source>
        <translation>  已保存：     在本机钥匙串中
</translation>
    </message>
    <message>
        <source>apigw-keys-cli: the secret was rotated on the gateway but not saved in the keychain: %1
</source>
        <translation>apigw-keys-cli：网关上的密钥值已更换，但未能保存到钥匙串：%1
</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain still holds the OLD secret, which the gateway no longer accepts.
</source>
        <translation>本机钥匙串中保存的仍是旧密钥值，网关已不再接受它。
</translation>
    </message>
    <message>
        <source>The secret printed above is the only copy of the one the gateway accepts: save it now, or once the keychain works again run &apos;apigw-keys-cli gateway rotate %1 --save&apos; (which sets another new secret and saves it).
</source>
        <translation>上面打印的密钥值是网关所接受密钥值的唯一副本：请立即保存它；或者在钥匙串恢复正常后运行 &apos;apigw-keys-cli gateway rotate %1 --save&apos;（这会再设置一个新的密钥值并保存）。
</translation>
    </message>
    <message>
        <source>Unexpected answer to the usage plans.</source>
        <translation>使用计划的应答不符合预期。</translation>
    </message>
    <message>
        <source>The account has no usage plans.
</source>
        <translation>该账号没有使用计划。
</translation>
    </message>
    <message>
        <source>PLAN ID</source>
        <translation>计划 ID</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>密钥数</translation>
    </message>
    <message>
        <source>Bound key %1 to usage plan %2.
</source>
        <translation>已将密钥 %1 绑定到使用计划 %2。
</translation>
    </message>
    <message>
        <source>Unbound key %1 from usage plan %2.
</source>
        <translation>已将密钥 %1 从使用计划 %2 解绑。
</translation>
    </message>
</context>
<context>
    <name>GatewayKeysController</name>
    <message>
        <source>Reading your cloud API credentials from the keychain…</source>
        <translation>正在从钥匙串读取您的云 API 凭据…</translation>
    </message>
    <message>
        <source>The keys on the gateway are listed with your cloud API credentials. Enter them in Settings.</source>
        <translation>列出网关上的密钥需要您的云 API 凭据。请在“设置”中填写。</translation>
    </message>
    <message>
        <source>The usage plans could not be listed: %1</source>
        <translation>无法列出使用计划：%1</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was lost, so the change may have been applied anyway. Press Refresh to see the keys as the gateway has them now; nothing is sent again by itself.</source>
        <translation>网关的应答丢失了，因此这项更改可能已经生效。请按“刷新”查看网关上密钥的当前状态；本程序不会自行重新发送。</translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>正在启用“%1”…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>正在禁用“%1”…</translation>
    </message>
    <message>
        <source>“%1” is enabled.</source>
        <translation>“%1”已启用。</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>“%1”已禁用。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) enabled.</source>
        <translation>
            <numerusform>已启用 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) disabled.</source>
        <translation>
            <numerusform>已禁用 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbind the key first</source>
        <translation>请先解除密钥绑定</translation>
    </message>
    <message>
        <source>“%1” (key id %2) is bound to usage plans, so the gateway does not delete it.</source>
        <translation>“%1”（密钥 ID %2）已绑定到使用计划，因此网关不会删除它。</translation>
    </message>
    <message>
        <source>It is bound to: %1. Unbind it from these plans first (Usage plans…), then delete it.</source>
        <translation>它绑定到：%1。请先将它从这些计划解绑（使用计划…），再删除。</translation>
    </message>
    <message>
        <source>Usage pl&amp;ans…</source>
        <translation>使用计划(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete the key on the gateway?</source>
        <translation>在网关上删除此密钥？</translation>
    </message>
    <message>
        <source>Delete “%1” (key id %2) on the gateway?</source>
        <translation>在网关上删除“%1”（密钥 ID %2）？</translation>
    </message>
    <message>
        <source>The key is enabled, and the gateway deletes only disabled keys: it is disabled first, then deleted. Applications that use it stop working at once. This cannot be undone.</source>
        <translation>此密钥处于启用状态，而网关只删除已禁用的密钥：会先禁用，再删除。使用它的应用会立即停止工作。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Applications that use it can no longer call APIs. This cannot be undone. A secret saved on this computer stays until you remove it under Saved keys.</source>
        <translation>使用它的应用将无法再调用 API。此操作无法撤销。保存在本计算机上的密钥值会保留，直到您在“已保存的密钥”中将其移除。</translation>
    </message>
    <message>
        <source>Disable, then &amp;delete</source>
        <translation>先禁用，再删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>“%1” was deleted on the gateway.</source>
        <translation>“%1”已在网关上删除。</translation>
    </message>
    <message>
        <source>Giving “%1” a new secret…</source>
        <translation>正在为“%1”更换密钥值…</translation>
    </message>
    <message>
        <source>Asking the gateway for the secret of “%1”…</source>
        <translation>正在向网关请求“%1”的密钥值…</translation>
    </message>
    <message>
        <source>Listing the usage plans…</source>
        <translation>正在列出使用计划…</translation>
    </message>
    <message>
        <source>Binding to “%1”…</source>
        <translation>正在绑定到“%1”…</translation>
    </message>
    <message>
        <source>Unbinding from “%1”…</source>
        <translation>正在从“%1”解绑…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) bound to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个密钥绑定到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) unbound from “%1”.</source>
        <translation>
            <numerusform>已将 %n 个密钥从“%1”解绑。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayKeysModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Usage plans</source>
        <translation>使用计划</translation>
    </message>
    <message>
        <source>%1 local time, %2 UTC</source>
        <translation>本地时间 %1，UTC %2</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain holds the secret of this key.</source>
        <translation>本计算机的钥匙串中保存着此密钥的密钥值。</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain does not hold the secret of this key.</source>
        <translation>本计算机的钥匙串中没有此密钥的密钥值。</translation>
    </message>
    <message>
        <source>The usage plans are not known (yet).</source>
        <translation>（尚）不知道使用计划。</translation>
    </message>
    <message>
        <source>Click to sort the keys loaded so far. The gateway lists keys in its own order; scroll down to load more.</source>
        <translation>点击可对已加载的密钥排序。网关按自己的顺序列出密钥；向下滚动可加载更多。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>本机钥匙串</translation>
    </message>
    <message>
        <source>Whether this computer&apos;s keychain holds the key&apos;s secret.</source>
        <translation>本机的钥匙串中是否保存着该密钥的密钥值。</translation>
    </message>
</context>
<context>
    <name>GatewayKeysView</name>
    <message>
        <source>The keys of this account on the gateway. The list holds no secret; Show secret asks the gateway for one.</source>
        <translation>此账号在网关上的密钥。列表中不含密钥值；“显示密钥值”会向网关请求。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name or key id</source>
        <translation>名称或密钥 ID</translation>
    </message>
    <message>
        <source>Search by name or key id</source>
        <translation>按名称或密钥 ID 搜索</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Show keys with the status</source>
        <translation>显示处于此状态的密钥</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting for the gateway&apos;s answer</source>
        <translation>不再等待网关的应答</translation>
    </message>
    <message>
        <source>Keys on the gateway</source>
        <translation>网关上的密钥</translation>
    </message>
    <message>
        <source>Actions on the selected keys</source>
        <translation>对所选密钥的操作</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Click a column to sort the keys loaded so far. The gateway lists the keys in its own order; scrolling down loads more.</source>
        <translation>点击某一列可对已加载的密钥排序。网关按自己的顺序列出密钥；向下滚动会加载更多。</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>复制 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the selected key&apos;s id; the clipboard is cleared again after a while</source>
        <translation>复制所选密钥的 ID；剪贴板会在一段时间后被清空</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Let the selected keys call APIs again</source>
        <translation>让所选密钥重新可以调用 API</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>禁用(&amp;B)</translation>
    </message>
    <message>
        <source>Stop the selected keys from calling APIs, without deleting them</source>
        <translation>停止所选密钥调用 API，但不删除它们</translation>
    </message>
    <message>
        <source>Usage pl&amp;ans…</source>
        <translation>使用计划(&amp;A)…</translation>
    </message>
    <message>
        <source>Bind the selected keys to a usage plan, or unbind them</source>
        <translation>将所选密钥绑定到使用计划，或解除绑定</translation>
    </message>
    <message>
        <source>Sho&amp;w secret…</source>
        <translation>显示密钥值(&amp;W)…</translation>
    </message>
    <message>
        <source>Ask the gateway for the selected key&apos;s secret and show it in the copy-once dialog</source>
        <translation>向网关请求所选密钥的密钥值，并在一次性复制对话框中显示</translation>
    </message>
    <message>
        <source>Rotate se&amp;cret…</source>
        <translation>轮换密钥值(&amp;C)…</translation>
    </message>
    <message>
        <source>Give the selected key a new secret; the old one stops working</source>
        <translation>为所选密钥换一个新的密钥值；旧的将失效</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected key on the gateway</source>
        <translation>在网关上删除所选密钥</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>List the keys again as the gateway has them now</source>
        <translation>按网关当前的状态重新列出密钥</translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>剪贴板已清空。</translation>
    </message>
    <message>
        <source>Filtering by status needs API 3.0</source>
        <translation>按状态筛选需要 API 3.0</translation>
    </message>
    <message numerus="yes">
        <source>The key id is on the clipboard. It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>密钥 ID 已在剪贴板中，将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the keys from the gateway…</source>
        <translation>正在从网关加载密钥…</translation>
    </message>
    <message>
        <source>This account has no keys on the gateway yet. Keys you create appear here.</source>
        <translation>此账号在网关上还没有密钥。您创建的密钥会显示在这里。</translation>
    </message>
    <message>
        <source>No key matches the search and the status chosen.</source>
        <translation>没有密钥符合所选的搜索和状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s).</source>
        <translation>
            <numerusform>%n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keys loaded; scroll down for more.</source>
        <translation>已加载 %1 / %2 个密钥；向下滚动加载更多。</translation>
    </message>
    <message>
        <source>Loading the keys…</source>
        <translation>正在加载密钥…</translation>
    </message>
    <message>
        <source>%1 (needs API 3.0)</source>
        <translation>%1（需要 API 3.0）</translation>
    </message>
</context>
<context>
    <name>GatewayOptions</name>
    <message>
        <source>API generation: 3 (default) or 2 (legacy).</source>
        <translation>API 版本：3（默认）或 2（旧版）。</translation>
    </message>
    <message>
        <source>Gateway endpoint URL.</source>
        <translation>网关接口地址（URL）。</translation>
    </message>
    <message>
        <source>Region (default ap-guangzhou), one of those API Gateway is offered in: %1. The finance regions (-fsi) are served from their own endpoint, chosen with them.</source>
        <translation>地域（默认 ap-guangzhou），须为 API 网关开放的地域之一：%1。金融地域（-fsi）使用各自的接口地址，随地域自动选择。</translation>
    </message>
    <message>
        <source>API 2.0 signature: HmacSHA256 (default) or HmacSHA1.</source>
        <translation>API 2.0 签名方法：HmacSHA256（默认）或 HmacSHA1。</translation>
    </message>
    <message>
        <source>API 2.0 HTTP method: POST (default) or GET.</source>
        <translation>API 2.0 HTTP 请求方法：POST（默认）或 GET。</translation>
    </message>
    <message>
        <source>Idle timeout in seconds (default 30).</source>
        <translation>空闲超时时间，单位为秒（默认 30）。</translation>
    </message>
    <message>
        <source>Time limit for each request in seconds (default 4 times the timeout).</source>
        <translation>每个请求的总时限，单位为秒（默认为超时时间的 4 倍）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates of this PEM file.</source>
        <translation>额外信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Settings and credentials profile.</source>
        <translation>要使用的配置档案（包含设置和凭据）。</translation>
    </message>
    <message>
        <source>invalid profile name &apos;%1&apos;</source>
        <translation>配置档案名称 &apos;%1&apos; 无效</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;; API Gateway is offered in: %2</source>
        <translation>未知地域“%1”；API 网关开放的地域为：%2</translation>
    </message>
    <message>
        <source>--api takes 3 or 2</source>
        <translation>--api 的取值只能是 3 或 2</translation>
    </message>
    <message>
        <source>--signature-method takes HmacSHA256 or HmacSHA1</source>
        <translation>--signature-method 的取值只能是 HmacSHA256 或 HmacSHA1</translation>
    </message>
    <message>
        <source>--http-method takes POST or GET</source>
        <translation>--http-method 的取值只能是 POST 或 GET</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout 的取值必须是 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds from 1 to 86400</source>
        <translation>--deadline 需要 1 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>Cannot use the CA bundle: %1</source>
        <translation>无法使用 CA 证书包：%1</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Stores the operator&apos;s cloud API credentials (SecretId, SecretKey, optional session token) in the keychain for a profile. The SecretKey is read from standard input without echo: type it at the prompt, or pipe it in.</source>
        <translation>将操作员的云 API 密钥（SecretId、SecretKey 和可选的会话令牌）保存到配置档案的钥匙串条目中。SecretKey 从标准输入读取且不回显：可在提示时输入，也可通过管道传入。</translation>
    </message>
    <message>
        <source>Profile name (default: default).</source>
        <translation>配置档案名称（默认为 default）。</translation>
    </message>
    <message>
        <source>The SecretId (asked for when not given).</source>
        <translation>SecretId（未指定时会提示输入）。</translation>
    </message>
    <message>
        <source>Also read a session token (temporary credentials) from standard input, after the SecretKey.</source>
        <translation>在 SecretKey 之后，再从标准输入读取会话令牌（用于临时凭据）。</translation>
    </message>
    <message>
        <source>apigw-keys-cli login: the SecretKey is never taken as an argument; it is read from standard input.
</source>
        <translation>apigw-keys-cli login: SecretKey 不能通过命令行参数传入，只能从标准输入读取。
</translation>
    </message>
    <message>
        <source>apigw-keys-cli login: invalid profile name &apos;%1&apos;
</source>
        <translation>apigw-keys-cli login: 配置档案名称 &apos;%1&apos; 无效
</translation>
    </message>
    <message>
        <source>SecretId: </source>
        <translation>SecretId: </translation>
    </message>
    <message>
        <source>apigw-keys-cli login: no SecretId given
</source>
        <translation>apigw-keys-cli login: 未提供 SecretId
</translation>
    </message>
    <message>
        <source>SecretKey: </source>
        <translation>SecretKey: </translation>
    </message>
    <message>
        <source>Session token: </source>
        <translation>会话令牌： </translation>
    </message>
    <message>
        <source>apigw-keys-cli login: %1
</source>
        <translation>apigw-keys-cli login: %1
</translation>
    </message>
    <message>
        <source>Stored the credentials of profile &apos;%1&apos; in the keychain.
</source>
        <translation>已将配置档案 &apos;%1&apos; 的凭据保存到钥匙串。
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Credentials problem</source>
        <translation>凭据问题</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Read the credentials from the keychain again, for example after unlocking it</source>
        <translation>重新从钥匙串读取凭据，例如在解锁钥匙串之后</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Create a &amp;key</source>
        <translation>创建密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Sa&amp;ved keys</source>
        <translation>已保存的密钥(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Gateway, region, API version and your cloud API credentials</source>
        <translation>网关、地域、API 版本以及您的云 API 密钥</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建配置档案(&amp;N)…</translation>
    </message>
    <message>
        <source>Another set of settings and credentials, for example for a second account</source>
        <translation>另一套设置和凭据，例如用于第二个账号</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About API Gateway Key Manager</source>
        <translation>关于 API Gateway Key Manager(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置档案(&amp;P)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>Each profile has its own settings and credentials</source>
        <translation>每个配置档案都有各自的设置和凭据</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置档案</translation>
    </message>
    <message>
        <source>Name of the new profile (for example the account it is for):</source>
        <translation>新配置档案的名称（例如对应的账号）：</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Creates API key pairs on Tencent Cloud API Gateway, helps you copy the new secret safely, and keeps secrets in the system keychain.</source>
        <translation>在腾讯云 API 网关上创建 API 密钥对，帮助您安全地复制新的密钥值，并将密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (Demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>Keys &amp;on the gateway</source>
        <translation>网关上的密钥(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PlanChooserDialog</name>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unbind</source>
        <translation>解绑(&amp;U)</translation>
    </message>
    <message>
        <source>Usage plans</source>
        <translation>使用计划</translation>
    </message>
    <message>
        <source>Bind “%1” to a usage plan, or unbind it from one.</source>
        <translation>将“%1”绑定到使用计划，或从使用计划解绑。</translation>
    </message>
    <message numerus="yes">
        <source>Bind the %n selected key(s) to a usage plan, or unbind them from one.</source>
        <translation>
            <numerusform>将所选的 %n 个密钥绑定到使用计划，或从使用计划解绑。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage plan</source>
        <translation>使用计划</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Usage &amp;plan:</source>
        <translation>使用计划(&amp;P)：</translation>
    </message>
    <message>
        <source>This account has no usage plans. Create one in the API Gateway console first.</source>
        <translation>此账号没有使用计划。请先在 API 网关控制台中创建。</translation>
    </message>
    <message>
        <source>Unbinding needs API 3.0</source>
        <translation>解绑需要 API 3.0</translation>
    </message>
    <message>
        <source>The key is bound to this plan.</source>
        <translation>此密钥已绑定到该计划。</translation>
    </message>
    <message>
        <source>The key is not bound to this plan.</source>
        <translation>此密钥未绑定到该计划。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n selected key(s) are bound to this plan.</source>
        <translation>
            <numerusform>所选的 %n 个密钥中有 %1 个已绑定到该计划。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateSecretDialog</name>
    <message>
        <source>Rotate the key&apos;s secret</source>
        <translation>轮换密钥值</translation>
    </message>
    <message>
        <source>Give “%1” (key id %2) a new secret?</source>
        <translation>为“%1”（密钥 ID %2）更换新的密钥值？</translation>
    </message>
    <message>
        <source>The old secret stops working at once: every application that uses it needs the new one. This is a manual key, so you choose its new secret (10 to 50 letters, digits and underscores), or generate one.</source>
        <translation>旧的密钥值会立即失效：所有使用它的应用都需要新的密钥值。这是手动密钥，请自行填写新的密钥值（10 到 50 个字母、数字或下划线），或生成一个。</translation>
    </message>
    <message>
        <source>The old secret stops working at once: every application that uses it needs the new one. The gateway draws the new secret and shows it once.</source>
        <translation>旧的密钥值会立即失效：所有使用它的应用都需要新的密钥值。新的密钥值由网关生成，并且只显示一次。</translation>
    </message>
    <message>
        <source>New key secret</source>
        <translation>新的密钥值</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Fill in a strong random secret</source>
        <translation>填入一个高强度的随机密钥值</translation>
    </message>
    <message>
        <source>&amp;New secret:</source>
        <translation>新的密钥值(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>轮换(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SavedKeysCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出单个 JSON 对象。</translation>
    </message>
    <message>
        <source>Lists the keys saved on this machine (never their secrets).</source>
        <translation>列出本机保存的密钥（不显示其密钥值）。</translation>
    </message>
    <message>
        <source>Prints the secret of a saved key, from the keychain, to standard output.</source>
        <translation>从钥匙串读取已保存密钥的密钥值，并输出到标准输出。</translation>
    </message>
    <message>
        <source>The key id (or the full id that &apos;list&apos; shows).</source>
        <translation>密钥 ID（或 &apos;list&apos; 显示的完整 ID）。</translation>
    </message>
    <message>
        <source>Removes a saved key from this machine: its keychain entry and its entry in the key list. The key itself stays on the gateway; delete it there in the console.</source>
        <translation>从本机移除已保存的密钥：删除其钥匙串条目及其在密钥列表中的记录。密钥本身仍保留在网关上，如需删除，请在控制台中操作。</translation>
    </message>
    <message>
        <source>apigw-keys-cli: %1
Try &apos;%2 --help&apos;.
</source>
        <translation>apigw-keys-cli: %1
请运行 &apos;%2 --help&apos; 查看帮助。
</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give exactly one key id</source>
        <translation>请只指定一个密钥 ID</translation>
    </message>
    <message>
        <source>apigw-keys-cli: warning: %1
</source>
        <translation>apigw-keys-cli: 警告：%1
</translation>
    </message>
    <message>
        <source>No keys are saved on this machine.
</source>
        <translation>本机没有保存任何密钥。
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  API %5  %6 %7  %8
</source>
        <translation>%1  %2  %3  %4  API %5  %6 %7  %8
</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>在钥匙串中</translation>
    </message>
    <message>
        <source>not in keychain</source>
        <translation>不在钥匙串中</translation>
    </message>
    <message>
        <source>no key with id &apos;%1&apos; is saved on this machine</source>
        <translation>本机没有保存 ID 为 &apos;%1&apos; 的密钥</translation>
    </message>
    <message>
        <source>several saved keys have the id &apos;%1&apos;; give one of:
  %2</source>
        <translation>本机保存的多个密钥 ID 均为 &apos;%1&apos;，请指定以下其中之一：
  %2</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>钥匙串：%1</translation>
    </message>
    <message>
        <source>key list: %1</source>
        <translation>密钥列表：%1</translation>
    </message>
    <message>
        <source>Removed %1 from this machine. The key still exists on the gateway.
</source>
        <translation>已从本机移除 %1。该密钥仍存在于网关上。
</translation>
    </message>
</context>
<context>
    <name>SavedKeysModel</name>
    <message>
        <source>%1 (API %2)</source>
        <translation>%1（API %2）</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The secret is in the system keychain and can be copied again.</source>
        <translation>密钥值保存在系统钥匙串中，可以再次复制。</translation>
    </message>
    <message>
        <source>The secret is not in the keychain: it cannot be copied again.</source>
        <translation>密钥值不在钥匙串中，无法再次复制。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>在钥匙串中</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <source>On the gateway</source>
        <translation>在网关上</translation>
    </message>
    <message>
        <source>The gateway no longer lists this key: it was deleted there, and its secret is of no use any more.</source>
        <translation>网关已不再列出此密钥：它已在网关上被删除，其密钥值已无用。</translation>
    </message>
    <message>
        <source>Checked when the page Keys on the gateway lists this account&apos;s keys.</source>
        <translation>在“网关上的密钥”页面列出此账号的密钥时检查。</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>已不存在</translation>
    </message>
</context>
<context>
    <name>SavedKeysView</name>
    <message>
        <source>Problem with the list of saved keys</source>
        <translation>已保存密钥列表出现问题</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Read the list again, for example after repairing the file</source>
        <translation>重新读取列表，例如在修复文件之后</translation>
    </message>
    <message>
        <source>Set &amp;aside and start anew…</source>
        <translation>改名保留并新建列表(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep the damaged file under another name and start a new list with the keys that could be read</source>
        <translation>将损坏的文件改名保留，并用能读取的密钥新建一个列表</translation>
    </message>
    <message>
        <source>Keys saved on this computer. Their secrets are in the system keychain; this list holds no secret.</source>
        <translation>保存在本机上的密钥。其密钥值保存在系统钥匙串中，此列表不包含任何密钥值。</translation>
    </message>
    <message>
        <source>Saved keys</source>
        <translation>已保存的密钥</translation>
    </message>
    <message>
        <source>No key is saved on this computer yet. Keys you create and save in the keychain appear here.</source>
        <translation>本机尚未保存任何密钥。您创建并保存到钥匙串的密钥会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Copy secret</source>
        <translation>复制密钥值(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected key&apos;s secret from the keychain; the clipboard is cleared again after a while</source>
        <translation>从钥匙串复制所选密钥的密钥值；剪贴板会在一段时间后自动清空</translation>
    </message>
    <message>
        <source>Cop&amp;y id</source>
        <translation>复制 ID(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Remove from this computer…</source>
        <translation>从本机移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Forget the selected key here: its secret in the keychain and its line in this list. The key itself stays on the gateway.</source>
        <translation>在本机上移除所选密钥：删除钥匙串中的密钥值及此列表中的对应行。密钥本身仍保留在网关上。</translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>剪贴板已清空。</translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>正在从钥匙串读取“%1”的密钥值…</translation>
    </message>
    <message>
        <source>Could not copy the secret of “%1”: %2</source>
        <translation>无法复制“%1”的密钥值：%2</translation>
    </message>
    <message>
        <source>The secret of “%1”</source>
        <translation>“%1”的密钥值</translation>
    </message>
    <message>
        <source>The key id of “%1”</source>
        <translation>“%1”的密钥 ID</translation>
    </message>
    <message>
        <source>Remove the key from this computer?</source>
        <translation>要从本机移除该密钥吗？</translation>
    </message>
    <message>
        <source>Remove “%1” (key id %2) from this computer?</source>
        <translation>要从本机移除“%1”（密钥 ID：%2）吗？</translation>
    </message>
    <message>
        <source>Its secret is deleted from the system keychain and it leaves this list. This does not delete the key on the gateway: it keeps working until you delete it there, for example in the API Gateway console.</source>
        <translation>其密钥值将从系统钥匙串中删除，该密钥也会从此列表中移除。此操作不会删除网关上的密钥：该密钥仍可正常使用，直到您在网关上（例如通过 API 网关控制台）将其删除。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>正在移除“%1”…</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be deleted from the keychain, so the key stays in the list; nothing was removed. %2</source>
        <translation>无法从钥匙串删除“%1”的密钥值，因此该密钥仍保留在列表中，未移除任何内容。%2</translation>
    </message>
    <message>
        <source>The secret of “%1” was deleted from the keychain, but the key could not be taken off the list. %2</source>
        <translation>已从钥匙串删除“%1”的密钥值，但无法将该密钥从列表中移除。%2</translation>
    </message>
    <message>
        <source>“%1” was removed from this computer. The key still exists on the gateway.</source>
        <translation>已从本机移除“%1”。该密钥仍存在于网关上。</translation>
    </message>
    <message>
        <source>Start a new list of saved keys?</source>
        <translation>要新建已保存密钥列表吗？</translation>
    </message>
    <message>
        <source>The damaged file is kept under a new name beside the old one, and a new list starts with the keys that could be read. Keys it could not read will no longer be listed, but their secrets stay in the keychain.</source>
        <translation>损坏的文件将以新名称保留在原文件旁边，并用能读取的密钥新建列表。无法读取的密钥将不再列出，但其密钥值仍保留在钥匙串中。</translation>
    </message>
    <message>
        <source>&amp;Start a new list</source>
        <translation>新建列表(&amp;S)</translation>
    </message>
    <message>
        <source>The list could not be set aside. %1</source>
        <translation>无法将该列表改名保留。%1</translation>
    </message>
    <message>
        <source>The damaged list was kept as %1; a new list was started.</source>
        <translation>损坏的列表已改名保留为 %1，并已新建列表。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the clipboard. It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>%1已复制到剪贴板，将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The keys that could be read are listed, and nothing is written to the list until it is repaired or set aside.</source>
        <translation>%1 已列出能读取的密钥；在修复该列表或将其改名保留之前，不会向其写入任何内容。</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>the file is larger than a key secret can be</source>
        <translation>文件超出了密钥值可能的长度</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
    <message>
        <source>Demo mode: kept in memory only, never in the keychain or a file.</source>
        <translation>演示模式：仅保存在内存中，不会写入钥匙串或任何文件。</translation>
    </message>
    <message>
        <source>Profile “%1”. Kept in the system keychain, never in a settings file.</source>
        <translation>配置档案“%1”。保存在系统钥匙串中，不会写入设置文件。</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <source>The display language could not be saved.</source>
        <translation>无法保存界面语言。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接口地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Use de&amp;fault</source>
        <translation>使用默认值(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名方法(&amp;G)：</translation>
    </message>
    <message>
        <source>HTTP &amp;method:</source>
        <translation>HTTP 方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Message &amp;language:</source>
        <translation>消息语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>附加 CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificates</source>
        <translation>无：信任系统证书</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Cloud API credentials</source>
        <translation>云 API 密钥</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation>保存在系统钥匙串中，不会写入设置文件。</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation>AKID…</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation>会话令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>仅用于临时凭据</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Clear the clip&amp;board after:</source>
        <translation>剪贴板自动清空时间(&amp;B)：</translation>
    </message>
    <message>
        <source>API 3.0 (current)</source>
        <translation>API 3.0（当前版本）</translation>
    </message>
    <message>
        <source>API 2.0 (legacy)</source>
        <translation>API 2.0（旧版）</translation>
    </message>
    <message>
        <source>Server&apos;s default</source>
        <translation>服务器默认</translation>
    </message>
    <message>
        <source>English (en-US)</source>
        <translation>英语（en-US）</translation>
    </message>
    <message>
        <source>Chinese (zh-CN)</source>
        <translation>简体中文（zh-CN）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>API 2.0 only</source>
        <translation>仅适用于 API 2.0</translation>
    </message>
    <message>
        <source>API 3.0 only: the language of the gateway&apos;s messages</source>
        <translation>仅适用于 API 3.0：网关返回消息所用的语言</translation>
    </message>
    <message>
        <source>Demo mode: the built-in gateway emulator</source>
        <translation>演示模式：内置网关模拟器</translation>
    </message>
    <message>
        <source>Choose an extra CA bundle</source>
        <translation>选择附加 CA 证书包</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read.</source>
        <translation>该文件不存在或无法读取。</translation>
    </message>
    <message>
        <source>Application (every profile)</source>
        <translation>应用程序（所有配置档案）</translation>
    </message>
    <message>
        <source>&amp;Display language:</source>
        <translation>界面语言(&amp;D)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language takes effect the next time the application starts.</source>
        <translation>新的语言将在下次启动应用程序时生效。</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Enter a new SecretKey and session token</source>
        <translation>输入新的 SecretKey 和会话令牌</translation>
    </message>
    <message>
        <source>Saved, not shown</source>
        <translation>已保存，不显示</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The gateway&apos;s endpoint for this API and region</source>
        <translation>此 API 版本和地域对应的网关接口地址</translation>
    </message>
    <message>
        <source>Other Tencent Cloud endpoints, such as the international site&apos;s</source>
        <translation>腾讯云的其他接口地址，例如国际站地址</translation>
    </message>
    <message>
        <source>Other endpoints</source>
        <translation>其他接口地址</translation>
    </message>
    <message>
        <source>International site: %1</source>
        <translation>国际站：%1</translation>
    </message>
    <message>
        <source>Finance region %1: %2</source>
        <translation>金融地域 %1：%2</translation>
    </message>
    <message>
        <source>Mainland China site: %1</source>
        <translation>中国站：%1</translation>
    </message>
    <message>
        <source>O&amp;verall time limit:</source>
        <translation>总时限(&amp;V)：</translation>
    </message>
    <message>
        <source>How long a create may go without any progress</source>
        <translation>一次创建在没有任何进展时最多可等待多久</translation>
    </message>
    <message>
        <source>Automatic (%1 × the timeout)</source>
        <translation>自动（超时时间的 %1 倍）</translation>
    </message>
    <message>
        <source>How long a create may take in all, even while the gateway is still sending</source>
        <translation>一次创建总共最多可用多久，即使网关仍在发送</translation>
    </message>
    <message>
        <source>GET would put your session token in the URL, where proxies and access logs keep it. Choose POST, which carries it in the request body, or clear the session token.</source>
        <translation>GET 会把您的会话令牌放在 URL 中，而代理和访问日志会保存 URL。请选择 POST（它将令牌放在请求正文中），或清除会话令牌。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>apigw-keys-cli: unknown command &apos;%1&apos;
</source>
        <translation>apigw-keys-cli: 未知命令 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Create API key pairs on Tencent Cloud API Gateway, copy the new secret safely, and keep secrets in the system keychain.</source>
        <translation>在腾讯云 API 网关上创建 API 密钥对，安全地复制新的密钥值，并将密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Try every flow against a gateway emulator built in, on 127.0.0.1, with demo credentials kept in memory.</source>
        <translation>使用内置的网关模拟器（运行在 127.0.0.1 上）体验所有流程，演示凭据仅保存在内存中。</translation>
    </message>
    <message>
        <source>Once the window is shown and idle, write a PNG of it to FILE, and go on running.</source>
        <translation>窗口显示且空闲后，将其截图以 PNG 格式写入 FILE，然后继续运行。</translation>
    </message>
    <message>
        <source>Quit once the screenshot is written.</source>
        <translation>截图写入后退出。</translation>
    </message>
    <message>
        <source>Show everything in LANGUAGE (%1), whatever the setting and the system&apos;s language say.</source>
        <translation>以 LANGUAGE（%1）显示所有内容，不论设置和系统语言为何。</translation>
    </message>
    <message>
        <source>Usage: apigw-keys-cli COMMAND [options]

Creates and keeps Tencent Cloud API Gateway key pairs.

Commands:
  create   create a key pair (CreateApiKey) and print it
  list     list the keys saved on this machine
  secret   print a saved key&apos;s secret from the keychain
  remove   remove a saved key from this machine
  login    store operator credentials in the keychain
  gateway  the account&apos;s keys and usage plans on the gateway: list, show,
           enable, disable, delete, rotate, plans, bind, unbind

&apos;apigw-keys-cli COMMAND --help&apos; describes a command.
Exit codes: 0 ok, 1 other failure, 2 usage, 3 validation, 4 gateway error,
5 network or TLS, 6 keychain or key list, 7 the action needs API 3.0.
</source>
        <translation>用法：apigw-keys-cli COMMAND [options]

创建并保管腾讯云 API 网关密钥对。

命令：
  create   创建密钥对（CreateApiKey）并输出
  list     列出本机保存的密钥
  secret   从钥匙串中输出已保存密钥的密钥值
  remove   从本机移除已保存的密钥
  login    将云 API 密钥保存到钥匙串
  gateway  账号在网关上的密钥和使用计划：list、show、
           enable、disable、delete、rotate、plans、bind、unbind

&apos;apigw-keys-cli COMMAND --help&apos; 可查看各命令的说明。
退出码：0 成功，1 其他失败，2 用法错误，3 校验失败，4 网关错误，
5 网络或 TLS 错误，6 钥匙串或密钥列表错误，7 操作需要 API 3.0。
</translation>
    </message>
</context>
</TS>

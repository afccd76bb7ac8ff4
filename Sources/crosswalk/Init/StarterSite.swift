/// The files of a new site, besides the default templates and assets: one article that shows
/// each kind of checked content, and the tenant its scenario runs against.
enum StarterSite {
    static let files: [(path: String, text: String)] = [
        ("content/crosswalk.yml", configuration),
        ("content/index.md", index),
        ("content/guest-sign-in.md", article),
        ("content/_data/tenants/example.yaml", tenant),
        ("content/_data/tenants/example/cross-tenant-default.json", crossTenantDefault),
    ]

    /// The site configuration, with every key; paths are relative to the content folder.
    static let configuration = """
        # Crosswalk site configuration. Command-line options override these settings.
        title: Guidance for external users
        # baseUrl: https://guidance.example.org/     # makes sitemap.xml's URLs absolute
        # includeRoots:                              # include prefixes mapped to folders
        #   "~/../docs/reusable-content": ../reusable-content
        tenants: _data/tenants
        # search: true                               # fail without a search indexer (unset: search when one is found)
        # highlight: true                            # fail without Pygments (unset: colour code when it is installed)
        output: ../_site
        templates: ../templates
        public: ../public

        """

    static let index = """
        ---
        title: Guidance for external users
        description: How our tenant treats guests who sign in from other organizations.
        ---

        Start with [how a guest signs in](guest-sign-in.md). Every table and scenario in these pages
        is checked against the Crosswalk evaluation engine on each build.

        """

    static let article = """
        ---
        title: How a guest signs in
        description: The steps of a one-time passcode sign-in, which methods count, and what a guest from another Microsoft Entra tenant is asked to do.
        ms.date: 01/15/2026
        ---

        # How a guest signs in

        Replace this page with your own guidance. It shows the three things Crosswalk checks: a
        step table bound to one of the engine's flows, a table of authentication methods, and a
        scenario that is evaluated like a test.

        ## Signing in with a one-time passcode

        A guest who has no account that the tenant recognizes can still get in with a code sent by
        email, when email one-time passcode is turned on.

        <!-- crosswalk: steps flow=email-one-time-passcode -->
        | Step | Description |
        |------|-------------|
        | **1** | The guest opens a shared resource, which sends them to the tenant that owns it. |
        | **2** | That tenant recognizes a passcode guest and emails a code to them. |
        | **3** | The guest types the code; the tenant then applies its Conditional Access policies. |
        | **4** | With every policy satisfied, the tenant issues a token and the guest reaches the resource. |

        ## Methods a guest can use for MFA

        Whether MFA happens at home (with inbound MFA trust) or in our tenant, these methods work:

        | Authentication method | Home tenant | Resource tenant |
        |---|---|---|
        | Voice call | ✅ | ✅ |
        | Microsoft Authenticator push notification | ✅ | ✅ |

        ## A guest under security defaults

        Our example tenant runs on the free licence with security defaults. It cannot trust the MFA
        that a guest did at home, so the guest registers and completes MFA with us.

        ```crosswalk-scenario
        title: A guest from a partner tenant who already did MFA at home
        tenant: example
        signIn:
          signInIdentity: {userId: kim@partner.example, externalTenantId: 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d, externalUserType: b2bCollaborationGuest}
          signInContext: {includeApplications: [00000003-0000-0ff1-ce00-000000000000]}
          signInConditions: {clientAppType: browser, country: NL}
          guest:
            identityProvider: entraId
            homeSession: {mfa: ["password,microsoftAuthenticatorPush"]}
        expect:
          decision: challenged
          requirements:
            - control: mfa
              status: challenge
              where: resourceTenant
              registrationRequired: true
        ```

        """

    static let tenant = """
        # The example tenant: the free licence with security defaults, so no Conditional Access
        # policies and no cross-tenant trust. Replace it with an export of your own tenant: the Graph
        # documents go beside this file and are named below, relative to it.
        tenantId: 4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a
        displayName: Example Organization
        license: free
        securityDefaultsEnabled: true
        emailOneTimePasscodeEnabled: true
        crossTenantAccessPolicy:
          default: example/cross-tenant-default.json

        """

    static let crossTenantDefault = """
        {
          "isServiceDefault": true,
          "inboundTrust": {
            "isMfaAccepted": false,
            "isCompliantDeviceAccepted": false,
            "isHybridAzureADJoinedDeviceAccepted": false
          },
          "b2bCollaborationInbound": {
            "usersAndGroups": {"accessType": "allowed", "targets": [{"target": "AllUsers", "targetType": "user"}]},
            "applications": {"accessType": "allowed", "targets": [{"target": "AllApplications", "targetType": "application"}]}
          }
        }

        """
}

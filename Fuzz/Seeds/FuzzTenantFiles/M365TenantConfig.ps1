# Generated with Microsoft365DSC version 1.24.1016.1
# For additional information on how to use Microsoft365DSC, please visit https://aka.ms/M365DSC
param (
    [parameter()]
    [System.Management.Automation.PSCredential]
    $Credential
)

Configuration M365TenantConfig
{
    param (
        [parameter()]
        [System.Management.Automation.PSCredential]
        $Credential
    )

    if ($null -eq $Credential)
    {
        <# Credentials #>
        $Credscredential = Get-Credential -Message "Credentials"

    }
    else
    {
        $CredsCredential = $Credential
    }

    $OrganizationName = $ConfigurationData.NonNodeData.OrganizationName

    Import-DscResource -ModuleName 'Microsoft365DSC' -ModuleVersion '1.24.1016.1'

    Node localhost
    {
        AADAuthenticationStrengthPolicy "AADAuthenticationStrengthPolicy-Contoso phishing-resistant"
        {
            AllowedCombinations   = @(
                "fido2",
                "windowsHelloForBusiness",
                "x509CertificateMultiFactor"
            );
            ApplicationId         = $ConfigurationData.NonNodeData.ApplicationId;
            CertificateThumbprint = $ConfigurationData.NonNodeData.CertificateThumbprint;
            Description           = "FIDO2 keys, Windows Hello for Business or certificate-based MFA";
            DisplayName           = "Contoso phishing-resistant";
            Ensure                = "Present";
            Id                    = "3e334591-d1f8-456e-912d-71d100a4d70c";
            TenantId              = $OrganizationName;
        }
        AADConditionalAccessPolicy "AADConditionalAccessPolicy-Partners and admins: phishing-resistant MFA outside HQ"
        {
            ApplicationEnforcedRestrictionsIsEnabled = $False;
            ApplicationId                            = $ConfigurationData.NonNodeData.ApplicationId;
            AuthenticationContexts                   = @();
            AuthenticationStrength                   = "Contoso phishing-resistant";
            BuiltInControls                          = @();
            CertificateThumbprint                    = $ConfigurationData.NonNodeData.CertificateThumbprint;
            ClientAppTypes                           = @(
                "browser",
                "mobileAppsAndDesktopClients"
            );
            CloudAppSecurityIsEnabled                = $False;
            CloudAppSecurityType                     = "";
            CustomAuthenticationFactors              = @();
            DeviceFilterRule                         = "";
            DisplayName                              = "Partners and admins: phishing-resistant MFA outside HQ";
            Ensure                                   = "Present";
            ExcludeApplications                      = @();
            ExcludeExternalTenantsMembers            = @();
            ExcludeExternalTenantsMembershipKind     = "";
            ExcludeGroups                            = @("CA - Break Glass Accounts");
            ExcludeLocations                         = @("Contoso HQ");
            ExcludePlatforms                         = @();
            ExcludeRoles                             = @();
            ExcludeUsers                             = @("breakglass01@contoso.onmicrosoft.com");
            GrantControlOperator                     = "OR";
            Id                                       = "0f580478-8958-4dc2-b7fa-eaa40639e52e";
            IncludeApplications                      = @("All");
            IncludeExternalTenantsMembers            = @("19171903-4daa-430c-9246-0eb95df1db94");
            IncludeExternalTenantsMembershipKind     = "enumerated";
            IncludeGroups                            = @("Finance Team");
            IncludeGuestOrExternalUserTypes          = @("b2bCollaborationGuest","b2bCollaborationMember");
            IncludeLocations                         = @("All");
            IncludePlatforms                         = @();
            IncludeRoles                             = @("Global Administrator","Exchange Administrator");
            IncludeUserActions                       = @();
            IncludeUsers                             = @();
            PersistentBrowserIsEnabled               = $True;
            PersistentBrowserMode                    = "Never";
            SignInFrequencyInterval                  = "timeBased";
            SignInFrequencyIsEnabled                 = $True;
            SignInFrequencyType                      = "Hours";
            SignInFrequencyValue                     = 8;
            SignInRiskLevels                         = @();
            State                                    = "enabledForReportingButNotEnforced";
            TenantId                                 = $OrganizationName;
            TransferMethods                          = "";
            UserRiskLevels                           = @();
        }
        AADConditionalAccessPolicy "AADConditionalAccessPolicy-Retired - block all users from blocked regions"
        {
            ApplicationEnforcedRestrictionsIsEnabled = $False;
            BuiltInControls                          = @("block");
            ClientAppTypes                           = @("all");
            CloudAppSecurityIsEnabled                = $False;
            CloudAppSecurityType                     = "";
            Credential                               = $Credscredential;
            CustomAuthenticationFactors              = @();
            DeviceFilterRule                         = "";
            DisplayName                              = "Retired - block all users from blocked regions";
            Ensure                                   = "Absent";
            ExcludeApplications                      = @();
            ExcludeGroups                            = @();
            ExcludeLocations                         = @();
            ExcludeRoles                             = @();
            ExcludeUsers                             = @();
            GrantControlOperator                     = "OR";
            Id                                       = "7f2228b7-7ed7-4ad1-b784-7c0d696b5e4f";
            IncludeApplications                      = @("All");
            IncludeGroups                            = @();
            IncludeLocations                         = @("Blocked regions");
            IncludeRoles                             = @();
            IncludeUsers                             = @("All");
            State                                    = "enabled";
        }
        AADCrossTenantAccessPolicyConfigurationDefault "AADCrossTenantAccessPolicyConfigurationDefault"
        {
            ApplicationId         = $ConfigurationData.NonNodeData.ApplicationId;
            CertificateThumbprint = $ConfigurationData.NonNodeData.CertificateThumbprint;
            Ensure                = "Present";
            InboundTrust          = MSFT_AADCrossTenantAccessPolicyInboundTrust {
                IsCompliantDeviceAccepted           = $True
                IsHybridAzureADJoinedDeviceAccepted = $False
                IsMfaAccepted                       = $False
            };
            IsSingleInstance      = "Yes";
            TenantId              = $OrganizationName;
        }
        AADCrossTenantAccessPolicyConfigurationPartner "AADCrossTenantAccessPolicyConfigurationPartner-19171903-4daa-430c-9246-0eb95df1db94"
        {
            ApplicationId                = $ConfigurationData.NonNodeData.ApplicationId;
            AutomaticUserConsentSettings = MSFT_AADCrossTenantAccessPolicyAutomaticUserConsentSettings {
                InboundAllowed           = $False
                OutboundAllowed          = $False
            };
            B2BCollaborationInbound      = MSFT_AADCrossTenantAccessPolicyB2BSetting {
                Applications   = MSFT_AADCrossTenantAccessPolicyTargetConfiguration{
                    AccessType = 'allowed'
                    Targets    = @(
                        MSFT_AADCrossTenantAccessPolicyTarget{
                            Target     = 'AllApplications'
                            TargetType = 'application'
                        }
                    )
                }
                UsersAndGroups = MSFT_AADCrossTenantAccessPolicyTargetConfiguration{
                    AccessType = 'allowed'
                    Targets    = @(
                        MSFT_AADCrossTenantAccessPolicyTarget{
                            Target     = 'AllUsers'
                            TargetType = 'user'
                        }
                    )
                }
            };
            CertificateThumbprint        = $ConfigurationData.NonNodeData.CertificateThumbprint;
            Ensure                       = "Present";
            InboundTrust                 = MSFT_AADCrossTenantAccessPolicyInboundTrust {
                IsCompliantDeviceAccepted           = $False
                IsHybridAzureADJoinedDeviceAccepted = $False
                IsMfaAccepted                       = $True
            };
            PartnerTenantId              = "19171903-4daa-430c-9246-0eb95df1db94";
            TenantId                     = $OrganizationName;
        }
        AADNamedLocationPolicy "AADNamedLocationPolicy-Contoso HQ"
        {
            ApplicationId         = $ConfigurationData.NonNodeData.ApplicationId;
            CertificateThumbprint = $ConfigurationData.NonNodeData.CertificateThumbprint;
            DisplayName           = "Contoso HQ";
            Ensure                = "Present";
            Id                    = "fbdccd77-7b44-4956-a3f8-80bfd9a5366a";
            IpRanges              = @("203.0.113.0/24","2001:db8:1200::/48");
            IsTrusted             = $True;
            OdataType             = "#microsoft.graph.ipNamedLocation";
            TenantId              = $OrganizationName;
        }
        AADNamedLocationPolicy "AADNamedLocationPolicy-Blocked regions"
        {
            ApplicationId                     = $ConfigurationData.NonNodeData.ApplicationId;
            CertificateThumbprint             = $ConfigurationData.NonNodeData.CertificateThumbprint;
            CountriesAndRegions               = @("KP","IR");
            CountryLookupMethod               = "clientIpAddress";
            DisplayName                       = "Blocked regions";
            Ensure                            = "Present";
            Id                                = "0f5f6590-65f6-40fb-9758-29e5237568c0";
            IncludeUnknownCountriesAndRegions = $True;
            OdataType                         = "#microsoft.graph.countryNamedLocation";
            TenantId                          = $OrganizationName;
        }
    }
}

M365TenantConfig -ConfigurationData .\ConfigurationData.psd1 -Credential $Credential

# Generated for Crosswalk's reader tests; shaped like a Microsoft365DSC export.
# For additional information on how to use Microsoft365DSC, please visit https://aka.ms/M365DSC
param (
)

Configuration M365TenantConfig
{
    param (
    )

    $OrganizationName = $ConfigurationData.NonNodeData.OrganizationName

    Import-DscResource -ModuleName 'Microsoft365DSC' -ModuleVersion '1.25.101.1'

    Node localhost
    {
        AADGroup "AADGroup-Partner Guests"
        {
            ApplicationId         = $ConfigurationData.NonNodeData.ApplicationId;
            DisplayName           = "Partner Guests";
            Ensure                = "Present";
            MailNickname          = "partnerguests";
            SecurityEnabled       = $True;
            TenantId              = $OrganizationName;
        }
        AADNamedLocationPolicy "AADNamedLocationPolicy-Head office"
        {
            ApplicationId         = $ConfigurationData.NonNodeData.ApplicationId;
            CertificateThumbprint = $ConfigurationData.NonNodeData.CertificateThumbprint;
            DisplayName           = "Head office";
            Ensure                = "Present";
            Id                    = "0b8c7a0e-4f5d-4e0b-9a51-6a3e2f7d9c10";
            IpRanges              = @("203.0.113.0/24","2001:db8::/48");
            IsTrusted             = $True;
            OdataType             = "#microsoft.graph.ipNamedLocation";
            TenantId              = $OrganizationName;
        }
        AADNamedLocationPolicy "AADNamedLocationPolicy-Blocked countries"
        {
            ApplicationId                     = $ConfigurationData.NonNodeData.ApplicationId;
            CountriesAndRegions               = @("KP","IR");
            CountryLookupMethod               = "clientIpAddress";
            DisplayName                       = "Blocked countries";
            Ensure                            = "Present";
            Id                                = "5d1f3a22-9c71-4b8e-8f02-1e6b4c9a7d33";
            IncludeUnknownCountriesAndRegions = $False;
            IpRanges                          = @();
            TenantId                          = $OrganizationName;
        }
        AADAuthenticationStrengthPolicy "AADAuthenticationStrengthPolicy-Partner MFA"
        {
            AllowedCombinations  = @("windowsHelloForBusiness","fido2","password,microsoftAuthenticatorPush");
            ApplicationId        = $ConfigurationData.NonNodeData.ApplicationId;
            Description          = "Phishing-resistant or push for partners";
            DisplayName          = "Partner MFA";
            Ensure               = "Present";
            Id                   = "7a3c9e41-2b6d-4f80-a1c5-93d2e8f4b617";
            TenantId             = $OrganizationName;
        }
        AADConditionalAccessPolicy "AADConditionalAccessPolicy-CA010 Guests require MFA"
        {
            ApplicationEnforcedRestrictionsIsEnabled = $False;
            ApplicationId                            = $ConfigurationData.NonNodeData.ApplicationId;
            AuthenticationContexts                   = @("c1");
            AuthenticationStrength                   = "Partner MFA";
            BuiltInControls                          = @("mfa");
            CertificateThumbprint                    = $ConfigurationData.NonNodeData.CertificateThumbprint;
            ClientAppTypes                           = @("browser","mobileAppsAndDesktopClients");
            CloudAppSecurityIsEnabled                = $False;
            CustomAuthenticationFactors              = @();
            DeviceFilterMode                         = "exclude";
            DeviceFilterRule                         = "device.trustType -eq `"ServerAD`"";
            DisplayName                              = "CA010 Guests require MFA";
            Ensure                                   = "Present";
            ExcludeApplications                      = @();
            ExcludeGroups                            = @("Break Glass");
            ExcludeGuestOrExternalUserTypes          = @();
            ExcludeLocations                         = @("Head office");
            ExcludePlatforms                         = @();
            ExcludeRoles                             = @();
            ExcludeUsers                             = @("admin@$OrganizationName");
            GrantControlOperator                     = "OR";
            Id                                       = "3f2a6c1d-8e4b-4b7a-9c5e-0d1f2a3b4c5d";
            IncludeApplications                      = @("All");
            IncludeExternalTenantsMembers            = @("11111111-2222-3333-4444-555555555555");
            IncludeExternalTenantsMembershipKind     = "enumerated";
            IncludeGroups                            = @();
            IncludeGuestOrExternalUserTypes          = @("b2bCollaborationGuest","b2bCollaborationMember");
            IncludeLocations                         = @("All");
            IncludePlatforms                         = @("android","iOS");
            IncludeRoles                             = @();
            IncludeUserActions                       = @();
            IncludeUsers                             = @();
            PersistentBrowserIsEnabled               = $True;
            PersistentBrowserMode                    = "Never";
            SignInFrequencyInterval                  = "timeBased";
            SignInFrequencyIsEnabled                 = $True;
            SignInFrequencyType                      = "Hours";
            SignInFrequencyValue                     = 4;
            SignInRiskLevels                         = @("high","medium");
            State                                    = "enabledForReportingButNotEnforced";
            TenantId                                 = $OrganizationName;
            TermsOfUse                               = "Partner terms";
            UserRiskLevels                           = @();
            Credential                               = $Credscredential;
        }
        AADCrossTenantAccessPolicyConfigurationDefault "AADCrossTenantAccessPolicyConfigurationDefault"
        {
            ApplicationId            = $ConfigurationData.NonNodeData.ApplicationId;
            B2BCollaborationInbound  = MSFT_AADCrossTenantAccessPolicyB2BSetting {
                Applications = MSFT_AADCrossTenantAccessPolicyTargetConfiguration{
                    AccessType = 'allowed'
                    Targets = @(
                        MSFT_AADCrossTenantAccessPolicyTarget{
                            Target = 'AllApplications'
                            TargetType = 'application'
                        }
                    )
                }
                UsersAndGroups = MSFT_AADCrossTenantAccessPolicyTargetConfiguration{
                    AccessType = 'allowed'
                    Targets = @(
                        MSFT_AADCrossTenantAccessPolicyTarget{
                            Target = 'AllUsers'
                            TargetType = 'user'
                        }
                    )
                }
            };
            Ensure                   = "Present";
            InboundTrust             = MSFT_AADCrossTenantAccessPolicyInboundTrust {
                IsCompliantDeviceAccepted           = $False
                IsHybridAzureADJoinedDeviceAccepted = $False
                IsMfaAccepted                       = $False
            };
            IsSingleInstance         = "Yes";
            TenantId                 = $OrganizationName;
        }
        AADCrossTenantAccessPolicyConfigurationPartner "AADCrossTenantAccessPolicyConfigurationPartner-11111111-2222-3333-4444-555555555555"
        {
            ApplicationId                = $ConfigurationData.NonNodeData.ApplicationId;
            AutomaticUserConsentSettings = MSFT_AADCrossTenantAccessPolicyAutomaticUserConsentSettings {
                InboundAllowed           = $True
                OutboundAllowed          = $False
            };
            B2BCollaborationInbound      = MSFT_AADCrossTenantAccessPolicyB2BSetting {
                UsersAndGroups = MSFT_AADCrossTenantAccessPolicyTargetConfiguration{
                    AccessType = 'blocked'
                    Targets = @(
                        MSFT_AADCrossTenantAccessPolicyTarget{
                            Target = '9a1b2c3d-0000-4000-8000-000000000001'
                            TargetType = 'group'
                        }
                        MSFT_AADCrossTenantAccessPolicyTarget{
                            Target = '9a1b2c3d-0000-4000-8000-000000000002'
                            TargetType = 'user'
                        }
                    )
                }
            };
            Ensure                       = "Present";
            InboundTrust                 = MSFT_AADCrossTenantAccessPolicyInboundTrust {
                IsCompliantDeviceAccepted           = $True
                IsHybridAzureADJoinedDeviceAccepted = $False
                IsMfaAccepted                       = $True
            };
            PartnerTenantId              = "11111111-2222-3333-4444-555555555555";
            TenantId                     = $OrganizationName;
        }
        EXOAcceptedDomain "EXOAcceptedDomain-contoso.com"
        {
            DomainType           = "Authoritative";
            Ensure               = "Present";
            Identity             = "contoso.com";
            MatchSubDomains      = $False;
            TenantId             = $OrganizationName;
        }
    }
}

M365TenantConfig -ConfigurationData .\ConfigurationData.psd1

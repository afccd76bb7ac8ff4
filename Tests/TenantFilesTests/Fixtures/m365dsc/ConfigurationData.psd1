@{
    AllNodes = @(
        @{
            NodeName                    = "localhost"
            PSDSCAllowPlainTextPassword = $true;
            PSDSCAllowDomainUser        = $true;
            #region Parameters
            # Default Value Used to Ensure a Configuration Data File is Generated
            ServerNumber = "0"

        }
    )
    NonNodeData = @(
        @{
            # Tenant's default verified domain name
            OrganizationName = "contoso.onmicrosoft.com"

            # Azure AD Application Id for Authentication
            ApplicationId = "04c9fb87-9a79-4705-b0a7-360d5242de5d"

            # Thumbprint of the certificate to use for authentication
            CertificateThumbprint = "8D3F2A61C0B94E7A5D18F6C2E9B07A4D3C5E1F20"
        }
    )
}

/** Trusted documents for the app (issue 14): see docs/trusted-documents.md. */
export { MANIFEST_PATH, buildManifest, loadTrustedDocuments, renderManifest, repositoryRoot, sha256Hex, type Manifest, type ManifestOperation } from "./manifest.js";
export { resolveTrustedDocument, type TrustedDocumentResolution, type TrustedDocuments, type TrustedDocumentsMode } from "./resolve.js";

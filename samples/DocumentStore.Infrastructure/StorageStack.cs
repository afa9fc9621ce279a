using Amazon.CDK;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace DocumentStore.Infrastructure;

/// <summary>Where the documents live: the buckets, the key that encrypts them, and the queue of thumbnail jobs.</summary>
public sealed class StorageStack : Stack
{
    public StorageStack(Construct scope, string id, IStackProps props)
        : base(scope, id, props)
    {
        // SRM2106: the key never rotates.
        DocumentKey = new Key(this, "DocumentKey", new KeyProps { Alias = "alias/documents" });

        // SRM4004: no versioning, an overwrite loses the earlier document.
        new Bucket(this, "Documents", new BucketProps
        {
            Encryption = BucketEncryption.KMS,
            EncryptionKey = DocumentKey,
            EnforceSSL = true,
        });

        // SRM3004: plain HTTP accepted; SRM5005: ACLs back on for uploads from partners.
        new Bucket(this, "PartnerUploads", new BucketProps
        {
            Versioned = true,
            ObjectOwnership = ObjectOwnership.OBJECT_WRITER,
        });

        // SRM5004 and SRM5003: the public web assets bucket, readable by anyone.
        new Bucket(this, "WebAssets", new BucketProps
        {
            Versioned = true,
            EnforceSSL = true,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS,
            PublicReadAccess = true,
        });

        // Compliant: versioned, HTTPS only, KMS-encrypted, ACLs off, public access blocked (the defaults).
        new Bucket(this, "Archive", new BucketProps
        {
            Versioned = true,
            EnforceSSL = true,
            Encryption = BucketEncryption.KMS,
            EncryptionKey = DocumentKey,
        });

        // SRM2104: thumbnail jobs carry document names, unencrypted at rest.
        new Queue(this, "ThumbnailJobs", new QueueProps
        {
            EnforceSSL = true,
            Encryption = QueueEncryption.UNENCRYPTED,
        });
    }

    public IKey DocumentKey { get; }
}

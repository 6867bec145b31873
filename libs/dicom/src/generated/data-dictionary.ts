// DICOM PS3.6 2024b, © NEMA. Generated from innolitics_attributes_2024b.json (sha256 acc170c9646bf497e7c90dca904472f7eb673c9038c6198a92f82c66a9c74e5c)
// by libs/dicom/scripts/generate-dictionary.cjs: generated, do not edit.
// One attribute per line: tag (hex, x = any digit)|VR choices (/-separated)|VM (empty: 1)|R if retired|keyword|name
// (name empty when it is the keyword split into words before capitals).

export const DICTIONARY_EDITION = 'DICOM PS3.6 2024b';

export const DICTIONARY_SOURCE_SHA256 = 'acc170c9646bf497e7c90dca904472f7eb673c9038c6198a92f82c66a9c74e5c';

export const DICTIONARY_TABLE = `00020000|UL|||FileMetaInformationGroupLength|
00020001|OB|||FileMetaInformationVersion|
00020002|UI|||MediaStorageSOPClassUID|
00020003|UI|||MediaStorageSOPInstanceUID|
00020010|UI|||TransferSyntaxUID|
00020012|UI|||ImplementationClassUID|
00020013|SH|||ImplementationVersionName|
00020016|AE|||SourceApplicationEntityTitle|
00020017|AE|||SendingApplicationEntityTitle|
00020018|AE|||ReceivingApplicationEntityTitle|
00020026|UR|||SourcePresentationAddress|
00020027|UR|||SendingPresentationAddress|
00020028|UR|||ReceivingPresentationAddress|
00020031|OB|||RTVMetaInformationVersion|
00020032|UI|||RTVCommunicationSOPClassUID|
00020033|UI|||RTVCommunicationSOPInstanceUID|
00020035|OB|||RTVSourceIdentifier|
00020036|OB|||RTVFlowIdentifier|
00020037|UL|||RTVFlowRTPSamplingRate|
00020038|FD|||RTVFlowActualFrameDuration|
00020100|UI|||PrivateInformationCreatorUID|
00020102|OB|||PrivateInformation|
00041130|CS|||FileSetID|File-set ID
00041141|CS|1-8||FileSetDescriptorFileID|File-set Descriptor File ID
00041142|CS|||SpecificCharacterSetOfFileSetDescriptorFile|Specific Character Set of File-set Descriptor File
00041200|UL|||OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity|Offset of the First Directory Record of the Root Directory Entity
00041202|UL|||OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity|Offset of the Last Directory Record of the Root Directory Entity
00041212|US|||FileSetConsistencyFlag|File-set Consistency Flag
00041220|SQ|||DirectoryRecordSequence|
00041400|UL|||OffsetOfTheNextDirectoryRecord|Offset of the Next Directory Record
00041410|US|||RecordInUseFlag|Record In-use Flag
00041420|UL|||OffsetOfReferencedLowerLevelDirectoryEntity|Offset of Referenced Lower-Level Directory Entity
00041430|CS|||DirectoryRecordType|
00041432|UI|||PrivateRecordUID|
00041500|CS|1-8||ReferencedFileID|
00041504|UL||R|MRDRDirectoryRecordOffset|
00041510|UI|||ReferencedSOPClassUIDInFile|Referenced SOP Class UID in File
00041511|UI|||ReferencedSOPInstanceUIDInFile|Referenced SOP Instance UID in File
00041512|UI|||ReferencedTransferSyntaxUIDInFile|Referenced Transfer Syntax UID in File
0004151a|UI|1-n||ReferencedRelatedGeneralSOPClassUIDInFile|Referenced Related General SOP Class UID in File
00041600|UL||R|NumberOfReferences|Number of References
00060001|SQ|||CurrentFrameFunctionalGroupsSequence|
00080001|UL||R|LengthToEnd|Length to End
00080005|CS|1-n||SpecificCharacterSet|
00080006|SQ|||LanguageCodeSequence|
00080008|CS|2-n||ImageType|
00080010|SH||R|RecognitionCode|
00080012|DA|||InstanceCreationDate|
00080013|TM|||InstanceCreationTime|
00080014|UI|||InstanceCreatorUID|
00080015|DT|||InstanceCoercionDateTime|Instance Coercion DateTime
00080016|UI|||SOPClassUID|
00080017|UI|||AcquisitionUID|
00080018|UI|||SOPInstanceUID|
00080019|UI|||PyramidUID|
0008001a|UI|1-n||RelatedGeneralSOPClassUID|
0008001b|UI|||OriginalSpecializedSOPClassUID|
0008001c|CS|||SyntheticData|
00080020|DA|||StudyDate|
00080021|DA|||SeriesDate|
00080022|DA|||AcquisitionDate|
00080023|DA|||ContentDate|
00080024|DA||R|OverlayDate|
00080025|DA||R|CurveDate|
0008002a|DT|||AcquisitionDateTime|Acquisition DateTime
00080030|TM|||StudyTime|
00080031|TM|||SeriesTime|
00080032|TM|||AcquisitionTime|
00080033|TM|||ContentTime|
00080034|TM||R|OverlayTime|
00080035|TM||R|CurveTime|
00080040|US||R|DataSetType|
00080041|LO||R|DataSetSubtype|
00080042|CS||R|NuclearMedicineSeriesType|
00080050|SH|||AccessionNumber|
00080051|SQ|||IssuerOfAccessionNumberSequence|Issuer of Accession Number Sequence
00080052|CS|||QueryRetrieveLevel|Query/Retrieve Level
00080053|CS|||QueryRetrieveView|Query/Retrieve View
00080054|AE|1-n||RetrieveAETitle|
00080055|AE|||StationAETitle|
00080056|CS|||InstanceAvailability|
00080058|UI|1-n||FailedSOPInstanceUIDList|
00080060|CS|||Modality|
00080061|CS|1-n||ModalitiesInStudy|Modalities in Study
00080062|UI|1-n||SOPClassesInStudy|SOP Classes in Study
00080063|SQ|||AnatomicRegionsInStudyCodeSequence|Anatomic Regions in Study Code Sequence
00080064|CS|||ConversionType|
00080068|CS|||PresentationIntentType|
00080070|LO|||Manufacturer|
00080080|LO|||InstitutionName|
00080081|ST|||InstitutionAddress|
00080082|SQ|||InstitutionCodeSequence|
00080090|PN|||ReferringPhysicianName|Referring Physician's Name
00080092|ST|||ReferringPhysicianAddress|Referring Physician's Address
00080094|SH|1-n||ReferringPhysicianTelephoneNumbers|Referring Physician's Telephone Numbers
00080096|SQ|||ReferringPhysicianIdentificationSequence|
0008009c|PN|1-n||ConsultingPhysicianName|Consulting Physician's Name
0008009d|SQ|||ConsultingPhysicianIdentificationSequence|
00080100|SH|||CodeValue|
00080101|LO|||ExtendedCodeValue|
00080102|SH|||CodingSchemeDesignator|
00080103|SH|||CodingSchemeVersion|
00080104|LO|||CodeMeaning|
00080105|CS|||MappingResource|
00080106|DT|||ContextGroupVersion|
00080107|DT|||ContextGroupLocalVersion|
00080108|LT|||ExtendedCodeMeaning|
00080109|SQ|||CodingSchemeResourcesSequence|
0008010a|CS|||CodingSchemeURLType|
0008010b|CS|||ContextGroupExtensionFlag|
0008010c|UI|||CodingSchemeUID|
0008010d|UI|||ContextGroupExtensionCreatorUID|
0008010e|UR|||CodingSchemeURL|
0008010f|CS|||ContextIdentifier|
00080110|SQ|||CodingSchemeIdentificationSequence|
00080112|LO|||CodingSchemeRegistry|
00080114|ST|||CodingSchemeExternalID|
00080115|ST|||CodingSchemeName|
00080116|ST|||CodingSchemeResponsibleOrganization|
00080117|UI|||ContextUID|
00080118|UI|||MappingResourceUID|
00080119|UC|||LongCodeValue|
00080120|UR|||URNCodeValue|
00080121|SQ|||EquivalentCodeSequence|
00080122|LO|||MappingResourceName|
00080123|SQ|||ContextGroupIdentificationSequence|
00080124|SQ|||MappingResourceIdentificationSequence|
00080201|SH|||TimezoneOffsetFromUTC|
00080202|||R||
00080220|SQ|||ResponsibleGroupCodeSequence|
00080221|CS|||EquipmentModality|
00080222|LO|||ManufacturerRelatedModelGroup|Manufacturer's Related Model Group
00080300|SQ|||PrivateDataElementCharacteristicsSequence|
00080301|US|||PrivateGroupReference|
00080302|LO|||PrivateCreatorReference|
00080303|CS|||BlockIdentifyingInformationStatus|
00080304|US|1-n||NonidentifyingPrivateElements|
00080305|SQ|||DeidentificationActionSequence|
00080306|US|1-n||IdentifyingPrivateElements|
00080307|CS|||DeidentificationAction|
00080308|US|||PrivateDataElement|
00080309|UL|1-3||PrivateDataElementValueMultiplicity|
0008030a|CS|||PrivateDataElementValueRepresentation|
0008030b|UL|1-2||PrivateDataElementNumberOfItems|Private Data Element Number of Items
0008030c|UC|||PrivateDataElementName|
0008030d|UC|||PrivateDataElementKeyword|
0008030e|UT|||PrivateDataElementDescription|
0008030f|UT|||PrivateDataElementEncoding|
00080310|SQ|||PrivateDataElementDefinitionSequence|
00080400|SQ|||ScopeOfInventorySequence|Scope of Inventory Sequence
00080401|LT|||InventoryPurpose|
00080402|LT|||InventoryInstanceDescription|
00080403|CS|||InventoryLevel|
00080404|DT|||ItemInventoryDateTime|Item Inventory DateTime
00080405|CS|||RemovedFromOperationalUse|Removed from Operational Use
00080406|SQ|||ReasonForRemovalCodeSequence|Reason for Removal Code Sequence
00080407|UR|||StoredInstanceBaseURI|
00080408|UR|||FolderAccessURI|
00080409|UR|||FileAccessURI|
0008040a|CS|||ContainerFileType|
0008040b|UR|||FilenameInContainer|Filename in Container
0008040c|UV|||FileOffsetInContainer|File Offset in Container
0008040d|UV|||FileLengthInContainer|File Length in Container
0008040e|UI|||StoredInstanceTransferSyntaxUID|
0008040f|CS|1-n||ExtendedMatchingMechanisms|
00080410|SQ|||RangeMatchingSequence|
00080411|SQ|||ListOfUIDMatchingSequence|List of UID Matching Sequence
00080412|SQ|||EmptyValueMatchingSequence|
00080413|SQ|||GeneralMatchingSequence|
00080414|US|||RequestedStatusInterval|
00080415|CS|||RetainInstances|
00080416|DT|||ExpirationDateTime|Expiration DateTime
00080417|CS|||TransactionStatus|
00080418|LT|||TransactionStatusComment|
00080419|SQ|||FileSetAccessSequence|
0008041a|SQ|||FileAccessSequence|
0008041b|OB|||RecordKey|
0008041c|OB|||PriorRecordKey|
0008041d|SQ|||MetadataSequence|
0008041e|SQ|||UpdatedMetadataSequence|
0008041f|DT|||StudyUpdateDateTime|Study Update DateTime
00080420|SQ|||InventoryAccessEndPointsSequence|
00080421|SQ|||StudyAccessEndPointsSequence|
00080422|SQ|||IncorporatedInventoryInstanceSequence|
00080423|SQ|||InventoriedStudiesSequence|
00080424|SQ|||InventoriedSeriesSequence|
00080425|SQ|||InventoriedInstancesSequence|
00080426|CS|||InventoryCompletionStatus|
00080427|UL|||NumberOfStudyRecordsInInstance|Number of Study Records in Instance
00080428|UV|||TotalNumberOfStudyRecords|Total Number of Study Records
00080429|UV|||MaximumNumberOfRecords|Maximum Number of Records
00081000|AE||R|NetworkID|
00081010|SH|||StationName|
00081030|LO|||StudyDescription|
00081032|SQ|||ProcedureCodeSequence|
0008103e|LO|||SeriesDescription|
0008103f|SQ|||SeriesDescriptionCodeSequence|
00081040|LO|||InstitutionalDepartmentName|
00081041|SQ|||InstitutionalDepartmentTypeCodeSequence|
00081048|PN|1-n||PhysiciansOfRecord|Physician(s) of Record
00081049|SQ|||PhysiciansOfRecordIdentificationSequence|Physician(s) of Record Identification Sequence
00081050|PN|1-n||PerformingPhysicianName|Performing Physician's Name
00081052|SQ|||PerformingPhysicianIdentificationSequence|
00081060|PN|1-n||NameOfPhysiciansReadingStudy|Name of Physician(s) Reading Study
00081062|SQ|||PhysiciansReadingStudyIdentificationSequence|Physician(s) Reading Study Identification Sequence
00081070|PN|1-n||OperatorsName|Operators' Name
00081072|SQ|||OperatorIdentificationSequence|
00081080|LO|1-n||AdmittingDiagnosesDescription|
00081084|SQ|||AdmittingDiagnosesCodeSequence|
00081088|LO|||PyramidDescription|
00081090|LO|||ManufacturerModelName|Manufacturer's Model Name
00081100|SQ||R|ReferencedResultsSequence|
00081110|SQ|||ReferencedStudySequence|
00081111|SQ|||ReferencedPerformedProcedureStepSequence|
00081112|SQ|||ReferencedInstancesBySOPClassSequence|Referenced Instances by SOP Class Sequence
00081115|SQ|||ReferencedSeriesSequence|
00081120|SQ|||ReferencedPatientSequence|
00081125|SQ|||ReferencedVisitSequence|
00081130|SQ||R|ReferencedOverlaySequence|
00081134|SQ|||ReferencedStereometricInstanceSequence|
0008113a|SQ|||ReferencedWaveformSequence|
00081140|SQ|||ReferencedImageSequence|
00081145|SQ||R|ReferencedCurveSequence|
0008114a|SQ|||ReferencedInstanceSequence|
0008114b|SQ|||ReferencedRealWorldValueMappingInstanceSequence|
00081150|UI|||ReferencedSOPClassUID|
00081155|UI|||ReferencedSOPInstanceUID|
00081156|SQ|||DefinitionSourceSequence|
0008115a|UI|1-n||SOPClassesSupported|
00081160|IS|1-n||ReferencedFrameNumber|
00081161|UL|1-n||SimpleFrameList|
00081162|UL|3-3n||CalculatedFrameList|
00081163|FD|2||TimeRange|
00081164|SQ|||FrameExtractionSequence|
00081167|UI|||MultiFrameSourceSOPInstanceUID|Multi-frame Source SOP Instance UID
00081190|UR|||RetrieveURL|
00081195|UI|||TransactionUID|
00081196|US|||WarningReason|
00081197|US|||FailureReason|
00081198|SQ|||FailedSOPSequence|
00081199|SQ|||ReferencedSOPSequence|
0008119a|SQ|||OtherFailuresSequence|
0008119b|SQ|||FailedStudySequence|
00081200|SQ|||StudiesContainingOtherReferencedInstancesSequence|
00081250|SQ|||RelatedSeriesSequence|
00082110|CS||R|LossyImageCompressionRetired|Lossy Image Compression (Retired)
00082111|ST|||DerivationDescription|
00082112|SQ|||SourceImageSequence|
00082120|SH|||StageName|
00082122|IS|||StageNumber|
00082124|IS|||NumberOfStages|Number of Stages
00082127|SH|||ViewName|
00082128|IS|||ViewNumber|
00082129|IS|||NumberOfEventTimers|Number of Event Timers
0008212a|IS|||NumberOfViewsInStage|Number of Views in Stage
00082130|DS|1-n||EventElapsedTimes|Event Elapsed Time(s)
00082132|LO|1-n||EventTimerNames|Event Timer Name(s)
00082133|SQ|||EventTimerSequence|
00082134|FD|||EventTimeOffset|
00082135|SQ|||EventCodeSequence|
00082142|IS|||StartTrim|
00082143|IS|||StopTrim|
00082144|IS|||RecommendedDisplayFrameRate|
00082200|CS||R|TransducerPosition|
00082204|CS||R|TransducerOrientation|
00082208|CS||R|AnatomicStructure|
00082218|SQ|||AnatomicRegionSequence|
00082220|SQ|||AnatomicRegionModifierSequence|
00082228|SQ|||PrimaryAnatomicStructureSequence|
00082229|SQ||R|AnatomicStructureSpaceOrRegionSequence|Anatomic Structure, Space or Region Sequence
00082230|SQ|||PrimaryAnatomicStructureModifierSequence|
00082240|SQ||R|TransducerPositionSequence|
00082242|SQ||R|TransducerPositionModifierSequence|
00082244|SQ||R|TransducerOrientationSequence|
00082246|SQ||R|TransducerOrientationModifierSequence|
00082251|SQ||R|AnatomicStructureSpaceOrRegionCodeSequenceTrial|Anatomic Structure Space Or Region Code Sequence (Trial)
00082253|SQ||R|AnatomicPortalOfEntranceCodeSequenceTrial|Anatomic Portal Of Entrance Code Sequence (Trial)
00082255|SQ||R|AnatomicApproachDirectionCodeSequenceTrial|Anatomic Approach Direction Code Sequence (Trial)
00082256|ST||R|AnatomicPerspectiveDescriptionTrial|Anatomic Perspective Description (Trial)
00082257|SQ||R|AnatomicPerspectiveCodeSequenceTrial|Anatomic Perspective Code Sequence (Trial)
00082258|ST||R|AnatomicLocationOfExaminingInstrumentDescriptionTrial|Anatomic Location Of Examining Instrument Description (Trial)
00082259|SQ||R|AnatomicLocationOfExaminingInstrumentCodeSequenceTrial|Anatomic Location Of Examining Instrument Code Sequence (Trial)
0008225a|SQ||R|AnatomicStructureSpaceOrRegionModifierCodeSequenceTrial|Anatomic Structure Space Or Region Modifier Code Sequence (Trial)
0008225c|SQ||R|OnAxisBackgroundAnatomicStructureCodeSequenceTrial|On Axis Background Anatomic Structure Code Sequence (Trial)
00083001|SQ|||AlternateRepresentationSequence|
00083002|UI|1-n||AvailableTransferSyntaxUID|
00083010|UI|1-n||IrradiationEventUID|
00083011|SQ|||SourceIrradiationEventSequence|
00083012|UI|||RadiopharmaceuticalAdministrationEventUID|
00084000|LT||R|IdentifyingComments|
00089007|CS|4-5||FrameType|
00089092|SQ|||ReferencedImageEvidenceSequence|
00089121|SQ|||ReferencedRawDataSequence|
00089123|UI|||CreatorVersionUID|Creator-Version UID
00089124|SQ|||DerivationImageSequence|
00089154|SQ|||SourceImageEvidenceSequence|
00089205|CS|||PixelPresentation|
00089206|CS|||VolumetricProperties|
00089207|CS|||VolumeBasedCalculationTechnique|
00089208|CS|||ComplexImageComponent|
00089209|CS|||AcquisitionContrast|
00089215|SQ|||DerivationCodeSequence|
00089237|SQ|||ReferencedPresentationStateSequence|
00089410|SQ|||ReferencedOtherPlaneSequence|
00089458|SQ|||FrameDisplaySequence|
00089459|FL|||RecommendedDisplayFrameRateInFloat|Recommended Display Frame Rate in Float
00089460|CS|||SkipFrameRangeFlag|
00100010|PN|||PatientName|Patient's Name
00100020|LO|||PatientID|
00100021|LO|||IssuerOfPatientID|Issuer of Patient ID
00100022|CS|||TypeOfPatientID|Type of Patient ID
00100024|SQ|||IssuerOfPatientIDQualifiersSequence|Issuer of Patient ID Qualifiers Sequence
00100026|SQ|||SourcePatientGroupIdentificationSequence|
00100027|SQ|||GroupOfPatientsIdentificationSequence|Group of Patients Identification Sequence
00100028|US|3||SubjectRelativePositionInImage|Subject Relative Position in Image
00100030|DA|||PatientBirthDate|Patient's Birth Date
00100032|TM|||PatientBirthTime|Patient's Birth Time
00100033|LO|||PatientBirthDateInAlternativeCalendar|Patient's Birth Date in Alternative Calendar
00100034|LO|||PatientDeathDateInAlternativeCalendar|Patient's Death Date in Alternative Calendar
00100035|CS|||PatientAlternativeCalendar|Patient's Alternative Calendar
00100040|CS|||PatientSex|Patient's Sex
00100050|SQ|||PatientInsurancePlanCodeSequence|Patient's Insurance Plan Code Sequence
00100101|SQ|||PatientPrimaryLanguageCodeSequence|Patient's Primary Language Code Sequence
00100102|SQ|||PatientPrimaryLanguageModifierCodeSequence|Patient's Primary Language Modifier Code Sequence
00100200|CS|||QualityControlSubject|
00100201|SQ|||QualityControlSubjectTypeCodeSequence|
00100212|UC|||StrainDescription|
00100213|LO|||StrainNomenclature|
00100214|LO|||StrainStockNumber|
00100215|SQ|||StrainSourceRegistryCodeSequence|
00100216|SQ|||StrainStockSequence|
00100217|LO|||StrainSource|
00100218|UT|||StrainAdditionalInformation|
00100219|SQ|||StrainCodeSequence|
00100221|SQ|||GeneticModificationsSequence|
00100222|UC|||GeneticModificationsDescription|
00100223|LO|||GeneticModificationsNomenclature|
00100229|SQ|||GeneticModificationsCodeSequence|
00101000|LO|1-n|R|OtherPatientIDs|Other Patient IDs
00101001|PN|1-n||OtherPatientNames|
00101002|SQ|||OtherPatientIDsSequence|Other Patient IDs Sequence
00101005|PN|||PatientBirthName|Patient's Birth Name
00101010|AS|||PatientAge|Patient's Age
00101020|DS|||PatientSize|Patient's Size
00101021|SQ|||PatientSizeCodeSequence|Patient's Size Code Sequence
00101022|DS|||PatientBodyMassIndex|Patient's Body Mass Index
00101023|DS|||MeasuredAPDimension|
00101024|DS|||MeasuredLateralDimension|
00101030|DS|||PatientWeight|Patient's Weight
00101040|LO|||PatientAddress|Patient's Address
00101050|LO|1-n|R|InsurancePlanIdentification|
00101060|PN|||PatientMotherBirthName|Patient's Mother's Birth Name
00101080|LO|||MilitaryRank|
00101081|LO|||BranchOfService|Branch of Service
00101090|LO||R|MedicalRecordLocator|
00101100|SQ|||ReferencedPatientPhotoSequence|
00102000|LO|1-n||MedicalAlerts|
00102110|LO|1-n||Allergies|
00102150|LO|||CountryOfResidence|Country of Residence
00102152|LO|||RegionOfResidence|Region of Residence
00102154|SH|1-n||PatientTelephoneNumbers|Patient's Telephone Numbers
00102155|LT|||PatientTelecomInformation|Patient's Telecom Information
00102160|SH|||EthnicGroup|
00102180|SH|||Occupation|
001021a0|CS|||SmokingStatus|
001021b0|LT|||AdditionalPatientHistory|
001021c0|US|||PregnancyStatus|
001021d0|DA|||LastMenstrualDate|
001021f0|LO|||PatientReligiousPreference|Patient's Religious Preference
00102201|LO|||PatientSpeciesDescription|
00102202|SQ|||PatientSpeciesCodeSequence|
00102203|CS|||PatientSexNeutered|Patient's Sex Neutered
00102210|CS|||AnatomicalOrientationType|
00102292|LO|||PatientBreedDescription|
00102293|SQ|||PatientBreedCodeSequence|
00102294|SQ|||BreedRegistrationSequence|
00102295|LO|||BreedRegistrationNumber|
00102296|SQ|||BreedRegistryCodeSequence|
00102297|PN|||ResponsiblePerson|
00102298|CS|||ResponsiblePersonRole|
00102299|LO|||ResponsibleOrganization|
00104000|LT|||PatientComments|
00109431|FL|||ExaminedBodyThickness|
00120010|LO|||ClinicalTrialSponsorName|
00120020|LO|||ClinicalTrialProtocolID|
00120021|LO|||ClinicalTrialProtocolName|
00120022|LO|||IssuerOfClinicalTrialProtocolID|Issuer of Clinical Trial Protocol ID
00120023|SQ|||OtherClinicalTrialProtocolIDsSequence|Other Clinical Trial Protocol IDs Sequence
00120030|LO|||ClinicalTrialSiteID|
00120031|LO|||ClinicalTrialSiteName|
00120032|LO|||IssuerOfClinicalTrialSiteID|Issuer of Clinical Trial Site ID
00120040|LO|||ClinicalTrialSubjectID|
00120041|LO|||IssuerOfClinicalTrialSubjectID|Issuer of Clinical Trial Subject ID
00120042|LO|||ClinicalTrialSubjectReadingID|
00120043|LO|||IssuerOfClinicalTrialSubjectReadingID|Issuer of Clinical Trial Subject Reading ID
00120050|LO|||ClinicalTrialTimePointID|
00120051|ST|||ClinicalTrialTimePointDescription|
00120052|FD|||LongitudinalTemporalOffsetFromEvent|Longitudinal Temporal Offset from Event
00120053|CS|||LongitudinalTemporalEventType|
00120054|SQ|||ClinicalTrialTimePointTypeCodeSequence|
00120055|LO|||IssuerOfClinicalTrialTimePointID|Issuer of Clinical Trial Time Point ID
00120060|LO|||ClinicalTrialCoordinatingCenterName|
00120062|CS|||PatientIdentityRemoved|
00120063|LO|1-n||DeidentificationMethod|De-identification Method
00120064|SQ|||DeidentificationMethodCodeSequence|De-identification Method Code Sequence
00120071|LO|||ClinicalTrialSeriesID|
00120072|LO|||ClinicalTrialSeriesDescription|
00120073|LO|||IssuerOfClinicalTrialSeriesID|Issuer of Clinical Trial Series ID
00120081|LO|||ClinicalTrialProtocolEthicsCommitteeName|
00120082|LO|||ClinicalTrialProtocolEthicsCommitteeApprovalNumber|
00120083|SQ|||ConsentForClinicalTrialUseSequence|Consent for Clinical Trial Use Sequence
00120084|CS|||DistributionType|
00120085|CS|||ConsentForDistributionFlag|Consent for Distribution Flag
00120086|DA|||EthicsCommitteeApprovalEffectivenessStartDate|
00120087|DA|||EthicsCommitteeApprovalEffectivenessEndDate|
00140023|ST||R|CADFileFormat|
00140024|ST||R|ComponentReferenceSystem|
00140025|ST|||ComponentManufacturingProcedure|
00140028|ST|||ComponentManufacturer|
00140030|DS|1-n||MaterialThickness|
00140032|DS|1-n||MaterialPipeDiameter|
00140034|DS|1-n||MaterialIsolationDiameter|
00140042|ST|||MaterialGrade|
00140044|ST|||MaterialPropertiesDescription|
00140045|ST||R|MaterialPropertiesFileFormatRetired|Material Properties File Format (Retired)
00140046|LT|||MaterialNotes|
00140050|CS|||ComponentShape|
00140052|CS|||CurvatureType|
00140054|DS|||OuterDiameter|
00140056|DS|||InnerDiameter|
00140100|LO|1-n||ComponentWelderIDs|Component Welder IDs
00140101|CS|||SecondaryApprovalStatus|
00140102|DA|||SecondaryReviewDate|
00140103|TM|||SecondaryReviewTime|
00140104|PN|||SecondaryReviewerName|
00140105|ST|||RepairID|
00140106|SQ|||MultipleComponentApprovalSequence|
00140107|CS|1-n||OtherApprovalStatus|
00140108|CS|1-n||OtherSecondaryApprovalStatus|
00140200|SQ|||DataElementLabelSequence|
00140201|SQ|||DataElementLabelItemSequence|
00140202|AT|||DataElement|
00140203|LO|||DataElementName|
00140204|LO|||DataElementDescription|
00140205|CS|||DataElementConditionality|
00140206|IS|||DataElementMinimumCharacters|
00140207|IS|||DataElementMaximumCharacters|
00141010|ST|||ActualEnvironmentalConditions|
00141020|DA|||ExpiryDate|
00141040|ST|||EnvironmentalConditions|
00142002|SQ|||EvaluatorSequence|
00142004|IS|||EvaluatorNumber|
00142006|PN|||EvaluatorName|
00142008|IS|||EvaluationAttempt|
00142012|SQ|||IndicationSequence|
00142014|IS|||IndicationNumber|
00142016|SH|||IndicationLabel|
00142018|ST|||IndicationDescription|
0014201a|CS|1-n||IndicationType|
0014201c|CS|||IndicationDisposition|
0014201e|SQ|||IndicationROISequence|
00142030|SQ|||IndicationPhysicalPropertySequence|
00142032|SH|||PropertyLabel|
00142202|IS|||CoordinateSystemNumberOfAxes|Coordinate System Number of Axes
00142204|SQ|||CoordinateSystemAxesSequence|
00142206|ST|||CoordinateSystemAxisDescription|
00142208|CS|||CoordinateSystemDataSetMapping|
0014220a|IS|||CoordinateSystemAxisNumber|
0014220c|CS|||CoordinateSystemAxisType|
0014220e|CS|||CoordinateSystemAxisUnits|
00142210|OB|||CoordinateSystemAxisValues|
00142220|SQ|||CoordinateSystemTransformSequence|
00142222|ST|||TransformDescription|
00142224|IS|||TransformNumberOfAxes|Transform Number of Axes
00142226|IS|1-n||TransformOrderOfAxes|Transform Order of Axes
00142228|CS|||TransformedAxisUnits|
0014222a|DS|1-n||CoordinateSystemTransformRotationAndScaleMatrix|Coordinate System Transform Rotation and Scale Matrix
0014222c|DS|1-n||CoordinateSystemTransformTranslationMatrix|
00143011|DS|||InternalDetectorFrameTime|
00143012|DS|||NumberOfFramesIntegrated|Number of Frames Integrated
00143020|SQ|||DetectorTemperatureSequence|
00143022|ST|||SensorName|
00143024|DS|||HorizontalOffsetOfSensor|Horizontal Offset of Sensor
00143026|DS|||VerticalOffsetOfSensor|Vertical Offset of Sensor
00143028|DS|||SensorTemperature|
00143040|SQ|||DarkCurrentSequence|
00143050|OB/OW|||DarkCurrentCounts|
00143060|SQ|||GainCorrectionReferenceSequence|
00143070|OB/OW|||AirCounts|
00143071|DS|||KVUsedInGainCalibration|KV Used in Gain Calibration
00143072|DS|||MAUsedInGainCalibration|MA Used in Gain Calibration
00143073|DS|||NumberOfFramesUsedForIntegration|Number of Frames Used for Integration
00143074|LO|||FilterMaterialUsedInGainCalibration|Filter Material Used in Gain Calibration
00143075|DS|||FilterThicknessUsedInGainCalibration|Filter Thickness Used in Gain Calibration
00143076|DA|||DateOfGainCalibration|Date of Gain Calibration
00143077|TM|||TimeOfGainCalibration|Time of Gain Calibration
00143080|OB|||BadPixelImage|
00143099|LT|||CalibrationNotes|
00143100|LT|||LinearityCorrectionTechnique|
00143101|LT|||BeamHardeningCorrectionTechnique|
00144002|SQ|||PulserEquipmentSequence|
00144004|CS|||PulserType|
00144006|LT|||PulserNotes|
00144008|SQ|||ReceiverEquipmentSequence|
0014400a|CS|||AmplifierType|
0014400c|LT|||ReceiverNotes|
0014400e|SQ|||PreAmplifierEquipmentSequence|Pre-Amplifier Equipment Sequence
0014400f|LT|||PreAmplifierNotes|Pre-Amplifier Notes
00144010|SQ|||TransmitTransducerSequence|
00144011|SQ|||ReceiveTransducerSequence|
00144012|US|||NumberOfElements|Number of Elements
00144013|CS|||ElementShape|
00144014|DS|||ElementDimensionA|
00144015|DS|||ElementDimensionB|
00144016|DS|||ElementPitchA|
00144017|DS|||MeasuredBeamDimensionA|
00144018|DS|||MeasuredBeamDimensionB|
00144019|DS|||LocationOfMeasuredBeamDiameter|Location of Measured Beam Diameter
0014401a|DS|||NominalFrequency|
0014401b|DS|||MeasuredCenterFrequency|
0014401c|DS|||MeasuredBandwidth|
0014401d|DS|||ElementPitchB|
00144020|SQ|||PulserSettingsSequence|
00144022|DS|||PulseWidth|
00144024|DS|||ExcitationFrequency|
00144026|CS|||ModulationType|
00144028|DS|||Damping|
00144030|SQ|||ReceiverSettingsSequence|
00144031|DS|||AcquiredSoundpathLength|
00144032|CS|||AcquisitionCompressionType|
00144033|IS|||AcquisitionSampleSize|
00144034|DS|||RectifierSmoothing|
00144035|SQ|||DACSequence|
00144036|CS|||DACType|
00144038|DS|1-n||DACGainPoints|
0014403a|DS|1-n||DACTimePoints|
0014403c|DS|1-n||DACAmplitude|
00144040|SQ|||PreAmplifierSettingsSequence|Pre-Amplifier Settings Sequence
00144050|SQ|||TransmitTransducerSettingsSequence|
00144051|SQ|||ReceiveTransducerSettingsSequence|
00144052|DS|||IncidentAngle|
00144054|ST|||CouplingTechnique|
00144056|ST|||CouplingMedium|
00144057|DS|||CouplingVelocity|
00144058|DS|||ProbeCenterLocationX|
00144059|DS|||ProbeCenterLocationZ|
0014405a|DS|||SoundPathLength|
0014405c|ST|||DelayLawIdentifier|
00144060|SQ|||GateSettingsSequence|
00144062|DS|||GateThreshold|
00144064|DS|||VelocityOfSound|Velocity of Sound
00144070|SQ|||CalibrationSettingsSequence|
00144072|ST|||CalibrationProcedure|
00144074|SH|||ProcedureVersion|
00144076|DA|||ProcedureCreationDate|
00144078|DA|||ProcedureExpirationDate|
0014407a|DA|||ProcedureLastModifiedDate|
0014407c|TM|1-n||CalibrationTime|
0014407e|DA|1-n||CalibrationDate|
00144080|SQ|||ProbeDriveEquipmentSequence|
00144081|CS|||DriveType|
00144082|LT|||ProbeDriveNotes|
00144083|SQ|||DriveProbeSequence|
00144084|DS|||ProbeInductance|
00144085|DS|||ProbeResistance|
00144086|SQ|||ReceiveProbeSequence|
00144087|SQ|||ProbeDriveSettingsSequence|
00144088|DS|||BridgeResistors|
00144089|DS|||ProbeOrientationAngle|
0014408b|DS|||UserSelectedGainY|
0014408c|DS|||UserSelectedPhase|
0014408d|DS|||UserSelectedOffsetX|
0014408e|DS|||UserSelectedOffsetY|
00144091|SQ|||ChannelSettingsSequence|
00144092|DS|||ChannelThreshold|
0014409a|SQ|||ScannerSettingsSequence|
0014409b|ST|||ScanProcedure|
0014409c|DS|||TranslationRateX|
0014409d|DS|||TranslationRateY|
0014409f|DS|||ChannelOverlap|
001440a0|LO|1-n||ImageQualityIndicatorType|
001440a1|LO|1-n||ImageQualityIndicatorMaterial|
001440a2|LO|1-n||ImageQualityIndicatorSize|
00145002|IS|||LINACEnergy|
00145004|IS|||LINACOutput|
00145100|US|||ActiveAperture|
00145101|DS|||TotalAperture|
00145102|DS|||ApertureElevation|
00145103|DS|||MainLobeAngle|
00145104|DS|||MainRoofAngle|
00145105|CS|||ConnectorType|
00145106|SH|||WedgeModelNumber|
00145107|DS|||WedgeAngleFloat|
00145108|DS|||WedgeRoofAngle|
00145109|CS|||WedgeElement1Position|Wedge Element 1 Position
0014510a|DS|||WedgeMaterialVelocity|
0014510b|SH|||WedgeMaterial|
0014510c|DS|||WedgeOffsetZ|
0014510d|DS|||WedgeOriginOffsetX|
0014510e|DS|||WedgeTimeDelay|
0014510f|SH|||WedgeName|
00145110|SH|||WedgeManufacturerName|
00145111|LO|||WedgeDescription|
00145112|DS|||NominalBeamAngle|
00145113|DS|||WedgeOffsetX|
00145114|DS|||WedgeOffsetY|
00145115|DS|||WedgeTotalLength|
00145116|DS|||WedgeInContactLength|
00145117|DS|||WedgeFrontGap|
00145118|DS|||WedgeTotalHeight|
00145119|DS|||WedgeFrontHeight|
0014511a|DS|||WedgeRearHeight|
0014511b|DS|||WedgeTotalWidth|
0014511c|DS|||WedgeInContactWidth|
0014511d|DS|||WedgeChamferHeight|
0014511e|CS|||WedgeCurve|
0014511f|DS|||RadiusAlongWedge|Radius Along the Wedge
00160001|DS|||WhitePoint|
00160002|DS|3||PrimaryChromaticities|
00160003|UT|||BatteryLevel|
00160004|DS|||ExposureTimeInSeconds|Exposure Time in Seconds
00160005|DS|||FNumber|F-Number
00160006|IS|||OECFRows|
00160007|IS|||OECFColumns|
00160008|UC|1-n||OECFColumnNames|
00160009|DS|1-n||OECFValues|
0016000a|IS|||SpatialFrequencyResponseRows|
0016000b|IS|||SpatialFrequencyResponseColumns|
0016000c|UC|1-n||SpatialFrequencyResponseColumnNames|
0016000d|DS|1-n||SpatialFrequencyResponseValues|
0016000e|IS|||ColorFilterArrayPatternRows|
0016000f|IS|||ColorFilterArrayPatternColumns|
00160010|DS|1-n||ColorFilterArrayPatternValues|
00160011|US|||FlashFiringStatus|
00160012|US|||FlashReturnStatus|
00160013|US|||FlashMode|
00160014|US|||FlashFunctionPresent|
00160015|US|||FlashRedEyeMode|
00160016|US|||ExposureProgram|
00160017|UT|||SpectralSensitivity|
00160018|IS|||PhotographicSensitivity|
00160019|IS|||SelfTimerMode|
0016001a|US|||SensitivityType|
0016001b|IS|||StandardOutputSensitivity|
0016001c|IS|||RecommendedExposureIndex|
0016001d|IS|||ISOSpeed|
0016001e|IS|||ISOSpeedLatitudeyyy|ISO Speed Latitude yyy
0016001f|IS|||ISOSpeedLatitudezzz|ISO Speed Latitude zzz
00160020|UT|||EXIFVersion|
00160021|DS|||ShutterSpeedValue|
00160022|DS|||ApertureValue|
00160023|DS|||BrightnessValue|
00160024|DS|||ExposureBiasValue|
00160025|DS|||MaxApertureValue|
00160026|DS|||SubjectDistance|
00160027|US|||MeteringMode|
00160028|US|||LightSource|
00160029|DS|||FocalLength|
0016002a|IS|2-4||SubjectArea|
0016002b|OB|||MakerNote|
00160030|DS|||Temperature|
00160031|DS|||Humidity|
00160032|DS|||Pressure|
00160033|DS|||WaterDepth|
00160034|DS|||Acceleration|
00160035|DS|||CameraElevationAngle|
00160036|DS|1-2||FlashEnergy|
00160037|IS|2||SubjectLocation|
00160038|DS|||PhotographicExposureIndex|
00160039|US|||SensingMethod|
0016003a|US|||FileSource|
0016003b|US|||SceneType|
00160041|US|||CustomRendered|
00160042|US|||ExposureMode|
00160043|US|||WhiteBalance|
00160044|DS|||DigitalZoomRatio|
00160045|IS|||FocalLengthIn35mmFilm|Focal Length In 35mm Film
00160046|US|||SceneCaptureType|
00160047|US|||GainControl|
00160048|US|||Contrast|
00160049|US|||Saturation|
0016004a|US|||Sharpness|
0016004b|OB|||DeviceSettingDescription|
0016004c|US|||SubjectDistanceRange|
0016004d|UT|||CameraOwnerName|
0016004e|DS|4||LensSpecification|
0016004f|UT|||LensMake|
00160050|UT|||LensModel|
00160051|UT|||LensSerialNumber|
00160061|CS|||InteroperabilityIndex|
00160062|OB|||InteroperabilityVersion|
00160070|OB|||GPSVersionID|
00160071|CS|||GPSLatitudeRef|
00160072|DS|3||GPSLatitude|
00160073|CS|||GPSLongitudeRef|
00160074|DS|3||GPSLongitude|
00160075|US|||GPSAltitudeRef|
00160076|DS|||GPSAltitude|
00160077|DT|||GPSTimeStamp|
00160078|UT|||GPSSatellites|
00160079|CS|||GPSStatus|
0016007a|CS|||GPSMeasureMode|
0016007b|DS|||GPSDOP|GPS DOP
0016007c|CS|||GPSSpeedRef|
0016007d|DS|||GPSSpeed|
0016007e|CS|||GPSTrackRef|
0016007f|DS|||GPSTrack|
00160080|CS|||GPSImgDirectionRef|
00160081|DS|||GPSImgDirection|
00160082|UT|||GPSMapDatum|
00160083|CS|||GPSDestLatitudeRef|
00160084|DS|3||GPSDestLatitude|
00160085|CS|||GPSDestLongitudeRef|
00160086|DS|3||GPSDestLongitude|
00160087|CS|||GPSDestBearingRef|
00160088|DS|||GPSDestBearing|
00160089|CS|||GPSDestDistanceRef|
0016008a|DS|||GPSDestDistance|
0016008b|OB|||GPSProcessingMethod|
0016008c|OB|||GPSAreaInformation|
0016008d|DT|||GPSDateStamp|
0016008e|IS|||GPSDifferential|
00161001|CS|||LightSourcePolarization|
00161002|DS|||EmitterColorTemperature|
00161003|CS|||ContactMethod|
00161004|CS|1-n||ImmersionMedia|
00161005|DS|||OpticalMagnificationFactor|
00180010|LO|||ContrastBolusAgent|Contrast/Bolus Agent
00180012|SQ|||ContrastBolusAgentSequence|Contrast/Bolus Agent Sequence
00180013|FL|||ContrastBolusT1Relaxivity|Contrast/Bolus T1 Relaxivity
00180014|SQ|||ContrastBolusAdministrationRouteSequence|Contrast/Bolus Administration Route Sequence
00180015|CS|||BodyPartExamined|
00180020|CS|1-n||ScanningSequence|
00180021|CS|1-n||SequenceVariant|
00180022|CS|1-n||ScanOptions|
00180023|CS|||MRAcquisitionType|
00180024|SH|||SequenceName|
00180025|CS|||AngioFlag|
00180026|SQ|||InterventionDrugInformationSequence|
00180027|TM|||InterventionDrugStopTime|
00180028|DS|||InterventionDrugDose|
00180029|SQ|||InterventionDrugCodeSequence|
0018002a|SQ|||AdditionalDrugSequence|
00180030|LO|1-n|R|Radionuclide|
00180031|LO|||Radiopharmaceutical|
00180032|DS||R|EnergyWindowCenterline|
00180033|DS|1-n|R|EnergyWindowTotalWidth|
00180034|LO|||InterventionDrugName|
00180035|TM|||InterventionDrugStartTime|
00180036|SQ|||InterventionSequence|
00180037|CS||R|TherapyType|
00180038|CS|||InterventionStatus|
00180039|CS||R|TherapyDescription|
0018003a|ST|||InterventionDescription|
00180040|IS|||CineRate|
00180042|CS|||InitialCineRunState|
00180050|DS|||SliceThickness|
00180060|DS|||KVP|
00180061|DS||R||
00180070|IS|||CountsAccumulated|
00180071|CS|||AcquisitionTerminationCondition|
00180072|DS|||EffectiveDuration|
00180073|CS|||AcquisitionStartCondition|
00180074|IS|||AcquisitionStartConditionData|
00180075|IS|||AcquisitionTerminationConditionData|
00180080|DS|||RepetitionTime|
00180081|DS|||EchoTime|
00180082|DS|||InversionTime|
00180083|DS|||NumberOfAverages|Number of Averages
00180084|DS|||ImagingFrequency|
00180085|SH|||ImagedNucleus|
00180086|IS|1-n||EchoNumbers|Echo Number(s)
00180087|DS|||MagneticFieldStrength|
00180088|DS|||SpacingBetweenSlices|
00180089|IS|||NumberOfPhaseEncodingSteps|Number of Phase Encoding Steps
00180090|DS|||DataCollectionDiameter|
00180091|IS|||EchoTrainLength|
00180093|DS|||PercentSampling|
00180094|DS|||PercentPhaseFieldOfView|Percent Phase Field of View
00180095|DS|||PixelBandwidth|
00181000|LO|||DeviceSerialNumber|
00181002|UI|||DeviceUID|
00181003|LO|||DeviceID|
00181004|LO|||PlateID|
00181005|LO|||GeneratorID|
00181006|LO|||GridID|
00181007|LO|||CassetteID|
00181008|LO|||GantryID|
00181009|UT|||UniqueDeviceIdentifier|
0018100a|SQ|||UDISequence|
0018100b|UI|1-n||ManufacturerDeviceClassUID|Manufacturer's Device Class UID
00181010|LO|||SecondaryCaptureDeviceID|
00181011|LO||R|HardcopyCreationDeviceID|
00181012|DA|||DateOfSecondaryCapture|Date of Secondary Capture
00181014|TM|||TimeOfSecondaryCapture|Time of Secondary Capture
00181016|LO|||SecondaryCaptureDeviceManufacturer|
00181017|LO||R|HardcopyDeviceManufacturer|
00181018|LO|||SecondaryCaptureDeviceManufacturerModelName|Secondary Capture Device Manufacturer's Model Name
00181019|LO|1-n||SecondaryCaptureDeviceSoftwareVersions|
0018101a|LO|1-n|R|HardcopyDeviceSoftwareVersion|
0018101b|LO||R|HardcopyDeviceManufacturerModelName|Hardcopy Device Manufacturer's Model Name
00181020|LO|1-n||SoftwareVersions|
00181022|SH|||VideoImageFormatAcquired|
00181023|LO|||DigitalImageFormatAcquired|
00181030|LO|||ProtocolName|
00181040|LO|||ContrastBolusRoute|Contrast/Bolus Route
00181041|DS|||ContrastBolusVolume|Contrast/Bolus Volume
00181042|TM|||ContrastBolusStartTime|Contrast/Bolus Start Time
00181043|TM|||ContrastBolusStopTime|Contrast/Bolus Stop Time
00181044|DS|||ContrastBolusTotalDose|Contrast/Bolus Total Dose
00181045|IS|||SyringeCounts|
00181046|DS|1-n||ContrastFlowRate|
00181047|DS|1-n||ContrastFlowDuration|
00181048|CS|||ContrastBolusIngredient|Contrast/Bolus Ingredient
00181049|DS|||ContrastBolusIngredientConcentration|Contrast/Bolus Ingredient Concentration
00181050|DS|||SpatialResolution|
00181060|DS|||TriggerTime|
00181061|LO|||TriggerSourceOrType|Trigger Source or Type
00181062|IS|||NominalInterval|
00181063|DS|||FrameTime|
00181064|LO|||CardiacFramingType|
00181065|DS|1-n||FrameTimeVector|
00181066|DS|||FrameDelay|
00181067|DS|||ImageTriggerDelay|
00181068|DS|||MultiplexGroupTimeOffset|
00181069|DS|||TriggerTimeOffset|
0018106a|CS|||SynchronizationTrigger|
0018106c|US|2||SynchronizationChannel|
0018106e|UL|||TriggerSamplePosition|
00181070|LO|||RadiopharmaceuticalRoute|
00181071|DS|||RadiopharmaceuticalVolume|
00181072|TM|||RadiopharmaceuticalStartTime|
00181073|TM|||RadiopharmaceuticalStopTime|
00181074|DS|||RadionuclideTotalDose|
00181075|DS|||RadionuclideHalfLife|
00181076|DS|||RadionuclidePositronFraction|
00181077|DS|||RadiopharmaceuticalSpecificActivity|
00181078|DT|||RadiopharmaceuticalStartDateTime|Radiopharmaceutical Start DateTime
00181079|DT|||RadiopharmaceuticalStopDateTime|Radiopharmaceutical Stop DateTime
00181080|CS|||BeatRejectionFlag|
00181081|IS|||LowRRValue|Low R-R Value
00181082|IS|||HighRRValue|High R-R Value
00181083|IS|||IntervalsAcquired|
00181084|IS|||IntervalsRejected|
00181085|LO|||PVCRejection|
00181086|IS|||SkipBeats|
00181088|IS|||HeartRate|
00181090|IS|||CardiacNumberOfImages|Cardiac Number of Images
00181094|IS|||TriggerWindow|
00181100|DS|||ReconstructionDiameter|
00181110|DS|||DistanceSourceToDetector|Distance Source to Detector
00181111|DS|||DistanceSourceToPatient|Distance Source to Patient
00181114|DS|||EstimatedRadiographicMagnificationFactor|
00181120|DS|||GantryDetectorTilt|Gantry/Detector Tilt
00181121|DS|||GantryDetectorSlew|Gantry/Detector Slew
00181130|DS|||TableHeight|
00181131|DS|||TableTraverse|
00181134|CS|||TableMotion|
00181135|DS|1-n||TableVerticalIncrement|
00181136|DS|1-n||TableLateralIncrement|
00181137|DS|1-n||TableLongitudinalIncrement|
00181138|DS|||TableAngle|
0018113a|CS|||TableType|
00181140|CS|||RotationDirection|
00181141|DS||R|AngularPosition|
00181142|DS|1-n||RadialPosition|
00181143|DS|||ScanArc|
00181144|DS|||AngularStep|
00181145|DS|||CenterOfRotationOffset|Center of Rotation Offset
00181146|DS|1-n|R|RotationOffset|
00181147|CS|||FieldOfViewShape|Field of View Shape
00181149|IS|1-2||FieldOfViewDimensions|Field of View Dimension(s)
00181150|IS|||ExposureTime|
00181151|IS|||XRayTubeCurrent|X-Ray Tube Current
00181152|IS|||Exposure|
00181153|IS|||ExposureInuAs|Exposure in µAs
00181154|DS|||AveragePulseWidth|
00181155|CS|||RadiationSetting|
00181156|CS|||RectificationType|
0018115a|CS|||RadiationMode|
0018115e|DS|||ImageAndFluoroscopyAreaDoseProduct|Image and Fluoroscopy Area Dose Product
00181160|SH|||FilterType|
00181161|LO|1-n||TypeOfFilters|Type of Filters
00181162|DS|||IntensifierSize|
00181164|DS|2||ImagerPixelSpacing|
00181166|CS|1-n||Grid|
00181170|IS|||GeneratorPower|
00181180|SH|||CollimatorGridName|Collimator/grid Name
00181181|CS|||CollimatorType|
00181182|IS|1-2||FocalDistance|
00181183|DS|1-2||XFocusCenter|
00181184|DS|1-2||YFocusCenter|
00181190|DS|1-n||FocalSpots|Focal Spot(s)
00181191|CS|||AnodeTargetMaterial|
001811a0|DS|||BodyPartThickness|
001811a2|DS|||CompressionForce|
001811a3|DS|||CompressionPressure|
001811a4|LO|||PaddleDescription|
001811a5|DS|||CompressionContactArea|
001811b0|LO|||AcquisitionMode|
001811b1|LO|||DoseModeName|
001811b2|CS|||AcquiredSubtractionMaskFlag|
001811b3|CS|||FluoroscopyPersistenceFlag|
001811b4|CS|||FluoroscopyLastImageHoldPersistenceFlag|
001811b5|IS|||UpperLimitNumberOfPersistentFluoroscopyFrames|
001811b6|CS|||ContrastBolusAutoInjectionTriggerFlag|Contrast/Bolus Auto Injection Trigger Flag
001811b7|FD|||ContrastBolusInjectionDelay|Contrast/Bolus Injection Delay
001811b8|SQ|||XAAcquisitionPhaseDetailsSequence|
001811b9|FD|||XAAcquisitionFrameRate|
001811ba|SQ|||XAPlaneDetailsSequence|
001811bb|LO|||AcquisitionFieldOfViewLabel|Acquisition Field of View Label
001811bc|SQ|||XRayFilterDetailsSequence|X-Ray Filter Details Sequence
001811bd|FD|||XAAcquisitionDuration|
001811be|CS|||ReconstructionPipelineType|
001811bf|SQ|||ImageFilterDetailsSequence|
001811c0|CS|||AppliedMaskSubtractionFlag|
001811c1|SQ|||RequestedSeriesDescriptionCodeSequence|
00181200|DA|1-n||DateOfLastCalibration|Date of Last Calibration
00181201|TM|1-n||TimeOfLastCalibration|Time of Last Calibration
00181202|DT|||DateTimeOfLastCalibration|DateTime of Last Calibration
00181203|DT|||CalibrationDateTime|Calibration DateTime
00181204|DA|||DateOfManufacture|Date of Manufacture
00181205|DA|||DateOfInstallation|Date of Installation
00181210|SH|1-n||ConvolutionKernel|
00181240|IS|1-n|R|UpperLowerPixelValues|Upper/Lower Pixel Values
00181242|IS|||ActualFrameDuration|
00181243|IS|||CountRate|
00181244|US|||PreferredPlaybackSequencing|
00181250|SH|||ReceiveCoilName|
00181251|SH|||TransmitCoilName|
00181260|SH|||PlateType|
00181261|LO|||PhosphorType|
00181271|FD|||WaterEquivalentDiameter|
00181272|SQ|||WaterEquivalentDiameterCalculationMethodCodeSequence|
00181300|DS|||ScanVelocity|
00181301|CS|1-n||WholeBodyTechnique|
00181302|IS|||ScanLength|
00181310|US|4||AcquisitionMatrix|
00181312|CS|||InPlanePhaseEncodingDirection|In-plane Phase Encoding Direction
00181314|DS|||FlipAngle|
00181315|CS|||VariableFlipAngleFlag|
00181316|DS|||SAR|
00181318|DS|||dBdt|dB/dt
00181320|FL|||B1rms|
00181400|LO|||AcquisitionDeviceProcessingDescription|
00181401|LO|||AcquisitionDeviceProcessingCode|
00181402|CS|||CassetteOrientation|
00181403|CS|||CassetteSize|
00181404|US|||ExposuresOnPlate|Exposures on Plate
00181405|IS|||RelativeXRayExposure|Relative X-Ray Exposure
00181411|DS|||ExposureIndex|
00181412|DS|||TargetExposureIndex|
00181413|DS|||DeviationIndex|
00181450|DS|||ColumnAngulation|
00181460|DS|||TomoLayerHeight|
00181470|DS|||TomoAngle|
00181480|DS|||TomoTime|
00181490|CS|||TomoType|
00181491|CS|||TomoClass|
00181495|IS|||NumberOfTomosynthesisSourceImages|Number of Tomosynthesis Source Images
00181500|CS|||PositionerMotion|
00181508|CS|||PositionerType|
00181510|DS|||PositionerPrimaryAngle|
00181511|DS|||PositionerSecondaryAngle|
00181520|DS|1-n||PositionerPrimaryAngleIncrement|
00181521|DS|1-n||PositionerSecondaryAngleIncrement|
00181530|DS|||DetectorPrimaryAngle|
00181531|DS|||DetectorSecondaryAngle|
00181600|CS|1-3||ShutterShape|
00181602|IS|||ShutterLeftVerticalEdge|
00181604|IS|||ShutterRightVerticalEdge|
00181606|IS|||ShutterUpperHorizontalEdge|
00181608|IS|||ShutterLowerHorizontalEdge|
00181610|IS|2||CenterOfCircularShutter|Center of Circular Shutter
00181612|IS|||RadiusOfCircularShutter|Radius of Circular Shutter
00181620|IS|2-2n||VerticesOfThePolygonalShutter|Vertices of the Polygonal Shutter
00181622|US|||ShutterPresentationValue|
00181623|US|||ShutterOverlayGroup|
00181624|US|3||ShutterPresentationColorCIELabValue|Shutter Presentation Color CIELab Value
00181630|CS|||OutlineShapeType|
00181631|FD|||OutlineLeftVerticalEdge|
00181632|FD|||OutlineRightVerticalEdge|
00181633|FD|||OutlineUpperHorizontalEdge|
00181634|FD|||OutlineLowerHorizontalEdge|
00181635|FD|2||CenterOfCircularOutline|Center of Circular Outline
00181636|FD|||DiameterOfCircularOutline|Diameter of Circular Outline
00181637|UL|||NumberOfPolygonalVertices|Number of Polygonal Vertices
00181638|OF|||VerticesOfThePolygonalOutline|Vertices of the Polygonal Outline
00181700|CS|1-3||CollimatorShape|
00181702|IS|||CollimatorLeftVerticalEdge|
00181704|IS|||CollimatorRightVerticalEdge|
00181706|IS|||CollimatorUpperHorizontalEdge|
00181708|IS|||CollimatorLowerHorizontalEdge|
00181710|IS|2||CenterOfCircularCollimator|Center of Circular Collimator
00181712|IS|||RadiusOfCircularCollimator|Radius of Circular Collimator
00181720|IS|2-2n||VerticesOfThePolygonalCollimator|Vertices of the Polygonal Collimator
00181800|CS|||AcquisitionTimeSynchronized|
00181801|SH|||TimeSource|
00181802|CS|||TimeDistributionProtocol|
00181803|LO|||NTPSourceAddress|
00182001|IS|1-n||PageNumberVector|
00182002|SH|1-n||FrameLabelVector|
00182003|DS|1-n||FramePrimaryAngleVector|
00182004|DS|1-n||FrameSecondaryAngleVector|
00182005|DS|1-n||SliceLocationVector|
00182006|SH|1-n||DisplayWindowLabelVector|
00182010|DS|2||NominalScannedPixelSpacing|
00182020|CS|||DigitizingDeviceTransportDirection|
00182030|DS|||RotationOfScannedFilm|Rotation of Scanned Film
00182041|SQ|||BiopsyTargetSequence|
00182042|UI|||TargetUID|
00182043|FL|2||LocalizingCursorPosition|
00182044|FL|3||CalculatedTargetPosition|
00182045|SH|||TargetLabel|
00182046|FL|||DisplayedZValue|
00183100|CS|||IVUSAcquisition|
00183101|DS|||IVUSPullbackRate|
00183102|DS|||IVUSGatedRate|
00183103|IS|||IVUSPullbackStartFrameNumber|
00183104|IS|||IVUSPullbackStopFrameNumber|
00183105|IS|1-n||LesionNumber|
00184000|LT||R|AcquisitionComments|
00185000|SH|1-n||OutputPower|
00185010|LO|1-n||TransducerData|
00185011|SQ|||TransducerIdentificationSequence|
00185012|DS|||FocusDepth|
00185020|LO|||ProcessingFunction|
00185021|LO||R|PostprocessingFunction|
00185022|DS|||MechanicalIndex|
00185024|DS|||BoneThermalIndex|
00185026|DS|||CranialThermalIndex|
00185027|DS|||SoftTissueThermalIndex|
00185028|DS|||SoftTissueFocusThermalIndex|Soft Tissue-focus Thermal Index
00185029|DS|||SoftTissueSurfaceThermalIndex|Soft Tissue-surface Thermal Index
00185030|DS||R|DynamicRange|
00185040|DS||R|TotalGain|
00185050|IS|||DepthOfScanField|Depth of Scan Field
00185100|CS|||PatientPosition|
00185101|CS|||ViewPosition|
00185104|SQ|||ProjectionEponymousNameCodeSequence|
00185210|DS|6|R|ImageTransformationMatrix|
00185212|DS|3|R|ImageTranslationVector|
00186000|DS|||Sensitivity|
00186011|SQ|||SequenceOfUltrasoundRegions|Sequence of Ultrasound Regions
00186012|US|||RegionSpatialFormat|
00186014|US|||RegionDataType|
00186016|UL|||RegionFlags|
00186018|UL|||RegionLocationMinX0|
0018601a|UL|||RegionLocationMinY0|
0018601c|UL|||RegionLocationMaxX1|
0018601e|UL|||RegionLocationMaxY1|
00186020|SL|||ReferencePixelX0|
00186022|SL|||ReferencePixelY0|
00186024|US|||PhysicalUnitsXDirection|
00186026|US|||PhysicalUnitsYDirection|
00186028|FD|||ReferencePixelPhysicalValueX|
0018602a|FD|||ReferencePixelPhysicalValueY|
0018602c|FD|||PhysicalDeltaX|
0018602e|FD|||PhysicalDeltaY|
00186030|UL|||TransducerFrequency|
00186031|CS|||TransducerType|
00186032|UL|||PulseRepetitionFrequency|
00186034|FD|||DopplerCorrectionAngle|
00186036|FD|||SteeringAngle|
00186038|UL||R|DopplerSampleVolumeXPositionRetired|Doppler Sample Volume X Position (Retired)
00186039|SL|||DopplerSampleVolumeXPosition|
0018603a|UL||R|DopplerSampleVolumeYPositionRetired|Doppler Sample Volume Y Position (Retired)
0018603b|SL|||DopplerSampleVolumeYPosition|
0018603c|UL||R|TMLinePositionX0Retired|TM-Line Position X0 (Retired)
0018603d|SL|||TMLinePositionX0|TM-Line Position X0
0018603e|UL||R|TMLinePositionY0Retired|TM-Line Position Y0 (Retired)
0018603f|SL|||TMLinePositionY0|TM-Line Position Y0
00186040|UL||R|TMLinePositionX1Retired|TM-Line Position X1 (Retired)
00186041|SL|||TMLinePositionX1|TM-Line Position X1
00186042|UL||R|TMLinePositionY1Retired|TM-Line Position Y1 (Retired)
00186043|SL|||TMLinePositionY1|TM-Line Position Y1
00186044|US|||PixelComponentOrganization|
00186046|UL|||PixelComponentMask|
00186048|UL|||PixelComponentRangeStart|
0018604a|UL|||PixelComponentRangeStop|
0018604c|US|||PixelComponentPhysicalUnits|
0018604e|US|||PixelComponentDataType|
00186050|UL|||NumberOfTableBreakPoints|Number of Table Break Points
00186052|UL|1-n||TableOfXBreakPoints|Table of X Break Points
00186054|FD|1-n||TableOfYBreakPoints|Table of Y Break Points
00186056|UL|||NumberOfTableEntries|Number of Table Entries
00186058|UL|1-n||TableOfPixelValues|Table of Pixel Values
0018605a|FL|1-n||TableOfParameterValues|Table of Parameter Values
00186060|FL|1-n||RWaveTimeVector|
00186070|US|||ActiveImageAreaOverlayGroup|
00187000|CS|||DetectorConditionsNominalFlag|
00187001|DS|||DetectorTemperature|
00187004|CS|||DetectorType|
00187005|CS|||DetectorConfiguration|
00187006|LT|||DetectorDescription|
00187008|LT|||DetectorMode|
0018700a|SH|||DetectorID|
0018700c|DA|||DateOfLastDetectorCalibration|Date of Last Detector Calibration
0018700e|TM|||TimeOfLastDetectorCalibration|Time of Last Detector Calibration
00187010|IS|||ExposuresOnDetectorSinceLastCalibration|Exposures on Detector Since Last Calibration
00187011|IS|||ExposuresOnDetectorSinceManufactured|Exposures on Detector Since Manufactured
00187012|DS|||DetectorTimeSinceLastExposure|
00187014|DS|||DetectorActiveTime|
00187016|DS|||DetectorActivationOffsetFromExposure|
0018701a|DS|2||DetectorBinning|
00187020|DS|2||DetectorElementPhysicalSize|
00187022|DS|2||DetectorElementSpacing|
00187024|CS|||DetectorActiveShape|
00187026|DS|1-2||DetectorActiveDimensions|Detector Active Dimension(s)
00187028|DS|2||DetectorActiveOrigin|
0018702a|LO|||DetectorManufacturerName|
0018702b|LO|||DetectorManufacturerModelName|Detector Manufacturer's Model Name
00187030|DS|2||FieldOfViewOrigin|Field of View Origin
00187032|DS|||FieldOfViewRotation|Field of View Rotation
00187034|CS|||FieldOfViewHorizontalFlip|Field of View Horizontal Flip
00187036|FL|2||PixelDataAreaOriginRelativeToFOV|
00187038|FL|||PixelDataAreaRotationAngleRelativeToFOV|
00187040|LT|||GridAbsorbingMaterial|
00187041|LT|||GridSpacingMaterial|
00187042|DS|||GridThickness|
00187044|DS|||GridPitch|
00187046|IS|2||GridAspectRatio|
00187048|DS|||GridPeriod|
0018704c|DS|||GridFocalDistance|
00187050|CS|1-n||FilterMaterial|
00187052|DS|1-n||FilterThicknessMinimum|
00187054|DS|1-n||FilterThicknessMaximum|
00187056|FL|1-n||FilterBeamPathLengthMinimum|
00187058|FL|1-n||FilterBeamPathLengthMaximum|
00187060|CS|||ExposureControlMode|
00187062|LT|||ExposureControlModeDescription|
00187064|CS|||ExposureStatus|
00187065|DS|||PhototimerSetting|
00188150|DS|||ExposureTimeInuS|Exposure Time in µS
00188151|DS|||XRayTubeCurrentInuA|X-Ray Tube Current in µA
00189004|CS|||ContentQualification|
00189005|SH|||PulseSequenceName|
00189006|SQ|||MRImagingModifierSequence|
00189008|CS|||EchoPulseSequence|
00189009|CS|||InversionRecovery|
00189010|CS|||FlowCompensation|
00189011|CS|||MultipleSpinEcho|
00189012|CS|||MultiPlanarExcitation|Multi-planar Excitation
00189014|CS|||PhaseContrast|
00189015|CS|||TimeOfFlightContrast|Time of Flight Contrast
00189016|CS|||Spoiling|
00189017|CS|||SteadyStatePulseSequence|
00189018|CS|||EchoPlanarPulseSequence|
00189019|FD|||TagAngleFirstAxis|
00189020|CS|||MagnetizationTransfer|
00189021|CS|||T2Preparation|
00189022|CS|||BloodSignalNulling|
00189024|CS|||SaturationRecovery|
00189025|CS|||SpectrallySelectedSuppression|
00189026|CS|||SpectrallySelectedExcitation|
00189027|CS|||SpatialPresaturation|Spatial Pre-saturation
00189028|CS|||Tagging|
00189029|CS|||OversamplingPhase|
00189030|FD|||TagSpacingFirstDimension|
00189032|CS|||GeometryOfKSpaceTraversal|Geometry of k-Space Traversal
00189033|CS|||SegmentedKSpaceTraversal|Segmented k-Space Traversal
00189034|CS|||RectilinearPhaseEncodeReordering|
00189035|FD|||TagThickness|
00189036|CS|||PartialFourierDirection|
00189037|CS|||CardiacSynchronizationTechnique|
00189041|LO|||ReceiveCoilManufacturerName|
00189042|SQ|||MRReceiveCoilSequence|
00189043|CS|||ReceiveCoilType|
00189044|CS|||QuadratureReceiveCoil|
00189045|SQ|||MultiCoilDefinitionSequence|Multi-Coil Definition Sequence
00189046|LO|||MultiCoilConfiguration|Multi-Coil Configuration
00189047|SH|||MultiCoilElementName|Multi-Coil Element Name
00189048|CS|||MultiCoilElementUsed|Multi-Coil Element Used
00189049|SQ|||MRTransmitCoilSequence|
00189050|LO|||TransmitCoilManufacturerName|
00189051|CS|||TransmitCoilType|
00189052|FD|1-2||SpectralWidth|
00189053|FD|1-2||ChemicalShiftReference|
00189054|CS|||VolumeLocalizationTechnique|
00189058|US|||MRAcquisitionFrequencyEncodingSteps|
00189059|CS|||Decoupling|De-coupling
00189060|CS|1-2||DecoupledNucleus|De-coupled Nucleus
00189061|FD|1-2||DecouplingFrequency|De-coupling Frequency
00189062|CS|||DecouplingMethod|De-coupling Method
00189063|FD|1-2||DecouplingChemicalShiftReference|De-coupling Chemical Shift Reference
00189064|CS|||KSpaceFiltering|k-space Filtering
00189065|CS|1-2||TimeDomainFiltering|
00189066|US|1-2||NumberOfZeroFills|Number of Zero Fills
00189067|CS|||BaselineCorrection|
00189069|FD|||ParallelReductionFactorInPlane|Parallel Reduction Factor In-plane
00189070|FD|||CardiacRRIntervalSpecified|Cardiac R-R Interval Specified
00189073|FD|||AcquisitionDuration|
00189074|DT|||FrameAcquisitionDateTime|Frame Acquisition DateTime
00189075|CS|||DiffusionDirectionality|
00189076|SQ|||DiffusionGradientDirectionSequence|
00189077|CS|||ParallelAcquisition|
00189078|CS|||ParallelAcquisitionTechnique|
00189079|FD|1-n||InversionTimes|
00189080|ST|||MetaboliteMapDescription|
00189081|CS|||PartialFourier|
00189082|FD|||EffectiveEchoTime|
00189083|SQ|||MetaboliteMapCodeSequence|
00189084|SQ|||ChemicalShiftSequence|
00189085|CS|||CardiacSignalSource|
00189087|FD|||DiffusionBValue|Diffusion b-value
00189089|FD|3||DiffusionGradientOrientation|
00189090|FD|3||VelocityEncodingDirection|
00189091|FD|||VelocityEncodingMinimumValue|
00189092|SQ|||VelocityEncodingAcquisitionSequence|
00189093|US|||NumberOfKSpaceTrajectories|Number of k-Space Trajectories
00189094|CS|||CoverageOfKSpace|Coverage of k-Space
00189095|UL|||SpectroscopyAcquisitionPhaseRows|
00189096|FD||R|ParallelReductionFactorInPlaneRetired|Parallel Reduction Factor In-plane (Retired)
00189098|FD|1-2||TransmitterFrequency|
00189100|CS|1-2||ResonantNucleus|
00189101|CS|||FrequencyCorrection|
00189103|SQ|||MRSpectroscopyFOVGeometrySequence|MR Spectroscopy FOV/Geometry Sequence
00189104|FD|||SlabThickness|
00189105|FD|3||SlabOrientation|
00189106|FD|3||MidSlabPosition|
00189107|SQ|||MRSpatialSaturationSequence|
00189112|SQ|||MRTimingAndRelatedParametersSequence|MR Timing and Related Parameters Sequence
00189114|SQ|||MREchoSequence|
00189115|SQ|||MRModifierSequence|
00189117|SQ|||MRDiffusionSequence|
00189118|SQ|||CardiacSynchronizationSequence|
00189119|SQ|||MRAveragesSequence|
00189125|SQ|||MRFOVGeometrySequence|MR FOV/Geometry Sequence
00189126|SQ|||VolumeLocalizationSequence|
00189127|UL|||SpectroscopyAcquisitionDataColumns|
00189147|CS|||DiffusionAnisotropyType|
00189151|DT|||FrameReferenceDateTime|Frame Reference DateTime
00189152|SQ|||MRMetaboliteMapSequence|
00189155|FD|||ParallelReductionFactorOutOfPlane|Parallel Reduction Factor out-of-plane
00189159|UL|||SpectroscopyAcquisitionOutOfPlanePhaseSteps|Spectroscopy Acquisition Out-of-plane Phase Steps
00189166|CS||R|BulkMotionStatus|
00189168|FD|||ParallelReductionFactorSecondInPlane|Parallel Reduction Factor Second In-plane
00189169|CS|||CardiacBeatRejectionTechnique|
00189170|CS|||RespiratoryMotionCompensationTechnique|
00189171|CS|||RespiratorySignalSource|
00189172|CS|||BulkMotionCompensationTechnique|
00189173|CS|||BulkMotionSignalSource|
00189174|CS|||ApplicableSafetyStandardAgency|
00189175|LO|||ApplicableSafetyStandardDescription|
00189176|SQ|||OperatingModeSequence|
00189177|CS|||OperatingModeType|
00189178|CS|||OperatingMode|
00189179|CS|||SpecificAbsorptionRateDefinition|
00189180|CS|||GradientOutputType|
00189181|FD|||SpecificAbsorptionRateValue|
00189182|FD|||GradientOutput|
00189183|CS|||FlowCompensationDirection|
00189184|FD|||TaggingDelay|
00189185|ST|||RespiratoryMotionCompensationTechniqueDescription|
00189186|SH|||RespiratorySignalSourceID|
00189195|FD||R|ChemicalShiftMinimumIntegrationLimitInHz|Chemical Shift Minimum Integration Limit in Hz
00189196|FD||R|ChemicalShiftMaximumIntegrationLimitInHz|Chemical Shift Maximum Integration Limit in Hz
00189197|SQ|||MRVelocityEncodingSequence|
00189198|CS|||FirstOrderPhaseCorrection|
00189199|CS|||WaterReferencedPhaseCorrection|
00189200|CS|||MRSpectroscopyAcquisitionType|
00189214|CS|||RespiratoryCyclePosition|
00189217|FD|||VelocityEncodingMaximumValue|
00189218|FD|||TagSpacingSecondDimension|
00189219|SS|||TagAngleSecondAxis|
00189220|FD|||FrameAcquisitionDuration|
00189226|SQ|||MRImageFrameTypeSequence|
00189227|SQ|||MRSpectroscopyFrameTypeSequence|
00189231|US|||MRAcquisitionPhaseEncodingStepsInPlane|MR Acquisition Phase Encoding Steps in-plane
00189232|US|||MRAcquisitionPhaseEncodingStepsOutOfPlane|MR Acquisition Phase Encoding Steps out-of-plane
00189234|UL|||SpectroscopyAcquisitionPhaseColumns|
00189236|CS|||CardiacCyclePosition|
00189239|SQ|||SpecificAbsorptionRateSequence|
00189240|US|||RFEchoTrainLength|
00189241|US|||GradientEchoTrainLength|
00189250|CS|||ArterialSpinLabelingContrast|
00189251|SQ|||MRArterialSpinLabelingSequence|
00189252|LO|||ASLTechniqueDescription|
00189253|US|||ASLSlabNumber|
00189254|FD|||ASLSlabThickness|
00189255|FD|3||ASLSlabOrientation|
00189256|FD|3||ASLMidSlabPosition|
00189257|CS|||ASLContext|
00189258|UL|||ASLPulseTrainDuration|
00189259|CS|||ASLCrusherFlag|
0018925a|FD|||ASLCrusherFlowLimit|
0018925b|LO|||ASLCrusherDescription|
0018925c|CS|||ASLBolusCutoffFlag|ASL Bolus Cut-off Flag
0018925d|SQ|||ASLBolusCutoffTimingSequence|ASL Bolus Cut-off Timing Sequence
0018925e|LO|||ASLBolusCutoffTechnique|ASL Bolus Cut-off Technique
0018925f|UL|||ASLBolusCutoffDelayTime|ASL Bolus Cut-off Delay Time
00189260|SQ|||ASLSlabSequence|
00189295|FD|||ChemicalShiftMinimumIntegrationLimitInppm|Chemical Shift Minimum Integration Limit in ppm
00189296|FD|||ChemicalShiftMaximumIntegrationLimitInppm|Chemical Shift Maximum Integration Limit in ppm
00189297|CS|||WaterReferenceAcquisition|
00189298|IS|||EchoPeakPosition|
00189301|SQ|||CTAcquisitionTypeSequence|
00189302|CS|||AcquisitionType|
00189303|FD|||TubeAngle|
00189304|SQ|||CTAcquisitionDetailsSequence|
00189305|FD|||RevolutionTime|
00189306|FD|||SingleCollimationWidth|
00189307|FD|||TotalCollimationWidth|
00189308|SQ|||CTTableDynamicsSequence|
00189309|FD|||TableSpeed|
00189310|FD|||TableFeedPerRotation|Table Feed per Rotation
00189311|FD|||SpiralPitchFactor|
00189312|SQ|||CTGeometrySequence|
00189313|FD|3||DataCollectionCenterPatient|Data Collection Center (Patient)
00189314|SQ|||CTReconstructionSequence|
00189315|CS|||ReconstructionAlgorithm|
00189316|CS|||ConvolutionKernelGroup|
00189317|FD|2||ReconstructionFieldOfView|Reconstruction Field of View
00189318|FD|3||ReconstructionTargetCenterPatient|Reconstruction Target Center (Patient)
00189319|FD|||ReconstructionAngle|
00189320|SH|||ImageFilter|
00189321|SQ|||CTExposureSequence|
00189322|FD|2||ReconstructionPixelSpacing|
00189323|CS|1-n||ExposureModulationType|
00189324|FD||R|EstimatedDoseSaving|
00189325|SQ|||CTXRayDetailsSequence|CT X-Ray Details Sequence
00189326|SQ|||CTPositionSequence|
00189327|FD|||TablePosition|
00189328|FD|||ExposureTimeInms|Exposure Time in ms
00189329|SQ|||CTImageFrameTypeSequence|
00189330|FD|||XRayTubeCurrentInmA|X-Ray Tube Current in mA
00189332|FD|||ExposureInmAs|Exposure in mAs
00189333|CS|||ConstantVolumeFlag|
00189334|CS|||FluoroscopyFlag|
00189335|FD|||DistanceSourceToDataCollectionCenter|Distance Source to Data Collection Center
00189337|US|||ContrastBolusAgentNumber|Contrast/Bolus Agent Number
00189338|SQ|||ContrastBolusIngredientCodeSequence|Contrast/Bolus Ingredient Code Sequence
00189340|SQ|||ContrastAdministrationProfileSequence|
00189341|SQ|||ContrastBolusUsageSequence|Contrast/Bolus Usage Sequence
00189342|CS|||ContrastBolusAgentAdministered|Contrast/Bolus Agent Administered
00189343|CS|||ContrastBolusAgentDetected|Contrast/Bolus Agent Detected
00189344|CS|||ContrastBolusAgentPhase|Contrast/Bolus Agent Phase
00189345|FD|||CTDIvol|CTDIvol
00189346|SQ|||CTDIPhantomTypeCodeSequence|
00189351|FL|||CalciumScoringMassFactorPatient|
00189352|FL|3||CalciumScoringMassFactorDevice|
00189353|FL|||EnergyWeightingFactor|
00189360|SQ|||CTAdditionalXRaySourceSequence|CT Additional X-Ray Source Sequence
00189361|CS|||MultienergyCTAcquisition|Multi-energy CT Acquisition
00189362|SQ|||MultienergyCTAcquisitionSequence|Multi-energy CT Acquisition Sequence
00189363|SQ|||MultienergyCTProcessingSequence|Multi-energy CT Processing Sequence
00189364|SQ|||MultienergyCTCharacteristicsSequence|Multi-energy CT Characteristics Sequence
00189365|SQ|||MultienergyCTXRaySourceSequence|Multi-energy CT X-Ray Source Sequence
00189366|US|||XRaySourceIndex|X-Ray Source Index
00189367|UC|||XRaySourceID|X-Ray Source ID
00189368|CS|||MultienergySourceTechnique|Multi-energy Source Technique
00189369|DT|||SourceStartDateTime|Source Start DateTime
0018936a|DT|||SourceEndDateTime|Source End DateTime
0018936b|US|||SwitchingPhaseNumber|
0018936c|DS|||SwitchingPhaseNominalDuration|
0018936d|DS|||SwitchingPhaseTransitionDuration|
0018936e|DS|||EffectiveBinEnergy|
0018936f|SQ|||MultienergyCTXRayDetectorSequence|Multi-energy CT X-Ray Detector Sequence
00189370|US|||XRayDetectorIndex|X-Ray Detector Index
00189371|UC|||XRayDetectorID|X-Ray Detector ID
00189372|CS|||MultienergyDetectorType|Multi-energy Detector Type
00189373|ST|||XRayDetectorLabel|X-Ray Detector Label
00189374|DS|||NominalMaxEnergy|
00189375|DS|||NominalMinEnergy|
00189376|US|1-n||ReferencedXRayDetectorIndex|Referenced X-Ray Detector Index
00189377|US|1-n||ReferencedXRaySourceIndex|Referenced X-Ray Source Index
00189378|US|1-n||ReferencedPathIndex|
00189379|SQ|||MultienergyCTPathSequence|Multi-energy CT Path Sequence
0018937a|US|||MultienergyCTPathIndex|Multi-energy CT Path Index
0018937b|UT|||MultienergyAcquisitionDescription|Multi-energy Acquisition Description
0018937c|FD|||MonoenergeticEnergyEquivalent|
0018937d|SQ|||MaterialCodeSequence|
0018937e|CS|||DecompositionMethod|
0018937f|UT|||DecompositionDescription|
00189380|SQ|||DecompositionAlgorithmIdentificationSequence|
00189381|SQ|||DecompositionMaterialSequence|
00189382|SQ|||MaterialAttenuationSequence|
00189383|DS|||PhotonEnergy|
00189384|DS|||XRayMassAttenuationCoefficient|X-Ray Mass Attenuation Coefficient
00189401|SQ|||ProjectionPixelCalibrationSequence|
00189402|FL|||DistanceSourceToIsocenter|Distance Source to Isocenter
00189403|FL|||DistanceObjectToTableTop|Distance Object to Table Top
00189404|FL|2||ObjectPixelSpacingInCenterOfBeam|Object Pixel Spacing in Center of Beam
00189405|SQ|||PositionerPositionSequence|
00189406|SQ|||TablePositionSequence|
00189407|SQ|||CollimatorShapeSequence|
00189410|CS|||PlanesInAcquisition|Planes in Acquisition
00189412|SQ|||XAXRFFrameCharacteristicsSequence|XA/XRF Frame Characteristics Sequence
00189417|SQ|||FrameAcquisitionSequence|
00189420|CS|||XRayReceptorType|X-Ray Receptor Type
00189423|LO|||AcquisitionProtocolName|
00189424|LT|||AcquisitionProtocolDescription|
00189425|CS|||ContrastBolusIngredientOpaque|Contrast/Bolus Ingredient Opaque
00189426|FL|||DistanceReceptorPlaneToDetectorHousing|Distance Receptor Plane to Detector Housing
00189427|CS|||IntensifierActiveShape|
00189428|FL|1-2||IntensifierActiveDimensions|Intensifier Active Dimension(s)
00189429|FL|2||PhysicalDetectorSize|
00189430|FL|2||PositionOfIsocenterProjection|Position of Isocenter Projection
00189432|SQ|||FieldOfViewSequence|Field of View Sequence
00189433|LO|||FieldOfViewDescription|Field of View Description
00189434|SQ|||ExposureControlSensingRegionsSequence|
00189435|CS|||ExposureControlSensingRegionShape|
00189436|SS|||ExposureControlSensingRegionLeftVerticalEdge|
00189437|SS|||ExposureControlSensingRegionRightVerticalEdge|
00189438|SS|||ExposureControlSensingRegionUpperHorizontalEdge|
00189439|SS|||ExposureControlSensingRegionLowerHorizontalEdge|
00189440|SS|2||CenterOfCircularExposureControlSensingRegion|Center of Circular Exposure Control Sensing Region
00189441|US|||RadiusOfCircularExposureControlSensingRegion|Radius of Circular Exposure Control Sensing Region
00189442|SS|2-n||VerticesOfThePolygonalExposureControlSensingRegion|Vertices of the Polygonal Exposure Control Sensing Region
00189445|||R||
00189447|FL|||ColumnAngulationPatient|Column Angulation (Patient)
00189449|FL|||BeamAngle|
00189451|SQ|||FrameDetectorParametersSequence|
00189452|FL|||CalculatedAnatomyThickness|
00189455|SQ|||CalibrationSequence|
00189456|SQ|||ObjectThicknessSequence|
00189457|CS|||PlaneIdentification|
00189461|FL|1-2||FieldOfViewDimensionsInFloat|Field of View Dimension(s) in Float
00189462|SQ|||IsocenterReferenceSystemSequence|
00189463|FL|||PositionerIsocenterPrimaryAngle|
00189464|FL|||PositionerIsocenterSecondaryAngle|
00189465|FL|||PositionerIsocenterDetectorRotationAngle|
00189466|FL|||TableXPositionToIsocenter|Table X Position to Isocenter
00189467|FL|||TableYPositionToIsocenter|Table Y Position to Isocenter
00189468|FL|||TableZPositionToIsocenter|Table Z Position to Isocenter
00189469|FL|||TableHorizontalRotationAngle|
00189470|FL|||TableHeadTiltAngle|
00189471|FL|||TableCradleTiltAngle|
00189472|SQ|||FrameDisplayShutterSequence|
00189473|FL|||AcquiredImageAreaDoseProduct|
00189474|CS|||CArmPositionerTabletopRelationship|C-arm Positioner Tabletop Relationship
00189476|SQ|||XRayGeometrySequence|X-Ray Geometry Sequence
00189477|SQ|||IrradiationEventIdentificationSequence|
00189504|SQ|||XRay3DFrameTypeSequence|X-Ray 3D Frame Type Sequence
00189506|SQ|||ContributingSourcesSequence|
00189507|SQ|||XRay3DAcquisitionSequence|X-Ray 3D Acquisition Sequence
00189508|FL|||PrimaryPositionerScanArc|
00189509|FL|||SecondaryPositionerScanArc|
00189510|FL|||PrimaryPositionerScanStartAngle|
00189511|FL|||SecondaryPositionerScanStartAngle|
00189514|FL|||PrimaryPositionerIncrement|
00189515|FL|||SecondaryPositionerIncrement|
00189516|DT|||StartAcquisitionDateTime|Start Acquisition DateTime
00189517|DT|||EndAcquisitionDateTime|End Acquisition DateTime
00189518|SS|||PrimaryPositionerIncrementSign|
00189519|SS|||SecondaryPositionerIncrementSign|
00189524|LO|||ApplicationName|
00189525|LO|||ApplicationVersion|
00189526|LO|||ApplicationManufacturer|
00189527|CS|||AlgorithmType|
00189528|LO|||AlgorithmDescription|
00189530|SQ|||XRay3DReconstructionSequence|X-Ray 3D Reconstruction Sequence
00189531|LO|||ReconstructionDescription|
00189538|SQ|||PerProjectionAcquisitionSequence|
00189541|SQ|||DetectorPositionSequence|
00189542|SQ|||XRayAcquisitionDoseSequence|X-Ray Acquisition Dose Sequence
00189543|FD|||XRaySourceIsocenterPrimaryAngle|X-Ray Source Isocenter Primary Angle
00189544|FD|||XRaySourceIsocenterSecondaryAngle|X-Ray Source Isocenter Secondary Angle
00189545|FD|||BreastSupportIsocenterPrimaryAngle|
00189546|FD|||BreastSupportIsocenterSecondaryAngle|
00189547|FD|||BreastSupportXPositionToIsocenter|Breast Support X Position to Isocenter
00189548|FD|||BreastSupportYPositionToIsocenter|Breast Support Y Position to Isocenter
00189549|FD|||BreastSupportZPositionToIsocenter|Breast Support Z Position to Isocenter
00189550|FD|||DetectorIsocenterPrimaryAngle|
00189551|FD|||DetectorIsocenterSecondaryAngle|
00189552|FD|||DetectorXPositionToIsocenter|Detector X Position to Isocenter
00189553|FD|||DetectorYPositionToIsocenter|Detector Y Position to Isocenter
00189554|FD|||DetectorZPositionToIsocenter|Detector Z Position to Isocenter
00189555|SQ|||XRayGridSequence|X-Ray Grid Sequence
00189556|SQ|||XRayFilterSequence|X-Ray Filter Sequence
00189557|FD|3||DetectorActiveAreaTLHCPosition|
00189558|FD|6||DetectorActiveAreaOrientation|
00189559|CS|||PositionerPrimaryAngleDirection|
00189601|SQ|||DiffusionBMatrixSequence|Diffusion b-matrix Sequence
00189602|FD|||DiffusionBValueXX|Diffusion b-value XX
00189603|FD|||DiffusionBValueXY|Diffusion b-value XY
00189604|FD|||DiffusionBValueXZ|Diffusion b-value XZ
00189605|FD|||DiffusionBValueYY|Diffusion b-value YY
00189606|FD|||DiffusionBValueYZ|Diffusion b-value YZ
00189607|FD|||DiffusionBValueZZ|Diffusion b-value ZZ
00189621|SQ|||FunctionalMRSequence|
00189622|CS|||FunctionalSettlingPhaseFramesPresent|
00189623|DT|||FunctionalSyncPulse|
00189624|CS|||SettlingPhaseFrame|
00189701|DT|||DecayCorrectionDateTime|Decay Correction DateTime
00189715|FD|||StartDensityThreshold|
00189716|FD|||StartRelativeDensityDifferenceThreshold|
00189717|FD|||StartCardiacTriggerCountThreshold|
00189718|FD|||StartRespiratoryTriggerCountThreshold|
00189719|FD|||TerminationCountsThreshold|
00189720|FD|||TerminationDensityThreshold|
00189721|FD|||TerminationRelativeDensityThreshold|
00189722|FD|||TerminationTimeThreshold|
00189723|FD|||TerminationCardiacTriggerCountThreshold|
00189724|FD|||TerminationRespiratoryTriggerCountThreshold|
00189725|CS|||DetectorGeometry|
00189726|FD|||TransverseDetectorSeparation|
00189727|FD|||AxialDetectorDimension|
00189729|US|||RadiopharmaceuticalAgentNumber|
00189732|SQ|||PETFrameAcquisitionSequence|
00189733|SQ|||PETDetectorMotionDetailsSequence|
00189734|SQ|||PETTableDynamicsSequence|
00189735|SQ|||PETPositionSequence|
00189736|SQ|||PETFrameCorrectionFactorsSequence|
00189737|SQ|||RadiopharmaceuticalUsageSequence|
00189738|CS|||AttenuationCorrectionSource|
00189739|US|||NumberOfIterations|Number of Iterations
00189740|US|||NumberOfSubsets|Number of Subsets
00189749|SQ|||PETReconstructionSequence|
00189751|SQ|||PETFrameTypeSequence|
00189755|CS|||TimeOfFlightInformationUsed|Time of Flight Information Used
00189756|CS|||ReconstructionType|
00189758|CS|||DecayCorrected|
00189759|CS|||AttenuationCorrected|
00189760|CS|||ScatterCorrected|
00189761|CS|||DeadTimeCorrected|
00189762|CS|||GantryMotionCorrected|
00189763|CS|||PatientMotionCorrected|
00189764|CS|||CountLossNormalizationCorrected|
00189765|CS|||RandomsCorrected|
00189766|CS|||NonUniformRadialSamplingCorrected|Non-uniform Radial Sampling Corrected
00189767|CS|||SensitivityCalibrated|
00189768|CS|||DetectorNormalizationCorrection|
00189769|CS|||IterativeReconstructionMethod|
00189770|CS|||AttenuationCorrectionTemporalRelationship|
00189771|SQ|||PatientPhysiologicalStateSequence|
00189772|SQ|||PatientPhysiologicalStateCodeSequence|
00189801|FD|1-n||DepthsOfFocus|Depth(s) of Focus
00189803|SQ|||ExcludedIntervalsSequence|
00189804|DT|||ExclusionStartDateTime|Exclusion Start DateTime
00189805|FD|||ExclusionDuration|
00189806|SQ|||USImageDescriptionSequence|
00189807|SQ|||ImageDataTypeSequence|
00189808|CS|||DataType|
00189809|SQ|||TransducerScanPatternCodeSequence|
0018980b|CS|||AliasedDataType|
0018980c|CS|||PositionMeasuringDeviceUsed|
0018980d|SQ|||TransducerGeometryCodeSequence|
0018980e|SQ|||TransducerBeamSteeringCodeSequence|
0018980f|SQ|||TransducerApplicationCodeSequence|
00189810|US/SS|||ZeroVelocityPixelValue|
00189821|SQ|||PhotoacousticExcitationCharacteristicsSequence|
00189822|FD|||ExcitationSpectralWidth|
00189823|FD|||ExcitationEnergy|
00189824|FD|||ExcitationPulseDuration|
00189825|SQ|||ExcitationWavelengthSequence|
00189826|FD|||ExcitationWavelength|
00189828|CS|||IlluminationTranslationFlag|
00189829|CS|||AcousticCouplingMediumFlag|
0018982a|SQ|||AcousticCouplingMediumCodeSequence|
0018982b|FD|||AcousticCouplingMediumTemperature|
0018982c|SQ|||TransducerResponseSequence|
0018982d|FD|||CenterFrequency|
0018982e|FD|||FractionalBandwidth|
0018982f|FD|||LowerCutoffFrequency|
00189830|FD|||UpperCutoffFrequency|
00189831|SQ|||TransducerTechnologySequence|
00189832|SQ|||SoundSpeedCorrectionMechanismCodeSequence|
00189833|FD|||ObjectSoundSpeed|
00189834|FD|||AcousticCouplingMediumSoundSpeed|
00189835|SQ|||PhotoacousticImageFrameTypeSequence|
00189836|SQ|||ImageDataTypeCodeSequence|
00189900|LO|||ReferenceLocationLabel|
00189901|UT|||ReferenceLocationDescription|
00189902|SQ|||ReferenceBasisCodeSequence|
00189903|SQ|||ReferenceGeometryCodeSequence|
00189904|DS|||OffsetDistance|
00189905|CS|||OffsetDirection|
00189906|SQ|||PotentialScheduledProtocolCodeSequence|
00189907|SQ|||PotentialRequestedProcedureCodeSequence|
00189908|UC|1-n||PotentialReasonsForProcedure|Potential Reasons for Procedure
00189909|SQ|||PotentialReasonsForProcedureCodeSequence|Potential Reasons for Procedure Code Sequence
0018990a|UC|1-n||PotentialDiagnosticTasks|
0018990b|SQ|||ContraindicationsCodeSequence|
0018990c|SQ|||ReferencedDefinedProtocolSequence|
0018990d|SQ|||ReferencedPerformedProtocolSequence|
0018990e|SQ|||PredecessorProtocolSequence|
0018990f|UT|||ProtocolPlanningInformation|
00189910|UT|||ProtocolDesignRationale|
00189911|SQ|||PatientSpecificationSequence|
00189912|SQ|||ModelSpecificationSequence|
00189913|SQ|||ParametersSpecificationSequence|
00189914|SQ|||InstructionSequence|
00189915|US|||InstructionIndex|
00189916|LO|||InstructionText|
00189917|UT|||InstructionDescription|
00189918|CS|||InstructionPerformedFlag|
00189919|DT|||InstructionPerformedDateTime|Instruction Performed DateTime
0018991a|UT|||InstructionPerformanceComment|
0018991b|SQ|||PatientPositioningInstructionSequence|
0018991c|SQ|||PositioningMethodCodeSequence|
0018991d|SQ|||PositioningLandmarkSequence|
0018991e|UI|||TargetFrameOfReferenceUID|Target Frame of Reference UID
0018991f|SQ|||AcquisitionProtocolElementSpecificationSequence|
00189920|SQ|||AcquisitionProtocolElementSequence|
00189921|US|||ProtocolElementNumber|
00189922|LO|||ProtocolElementName|
00189923|UT|||ProtocolElementCharacteristicsSummary|
00189924|UT|||ProtocolElementPurpose|
00189930|CS|||AcquisitionMotion|
00189931|SQ|||AcquisitionStartLocationSequence|
00189932|SQ|||AcquisitionEndLocationSequence|
00189933|SQ|||ReconstructionProtocolElementSpecificationSequence|
00189934|SQ|||ReconstructionProtocolElementSequence|
00189935|SQ|||StorageProtocolElementSpecificationSequence|
00189936|SQ|||StorageProtocolElementSequence|
00189937|LO|||RequestedSeriesDescription|
00189938|US|1-n||SourceAcquisitionProtocolElementNumber|
00189939|US|1-n||SourceAcquisitionBeamNumber|
0018993a|US|1-n||SourceReconstructionProtocolElementNumber|
0018993b|SQ|||ReconstructionStartLocationSequence|
0018993c|SQ|||ReconstructionEndLocationSequence|
0018993d|SQ|||ReconstructionAlgorithmSequence|
0018993e|SQ|||ReconstructionTargetCenterLocationSequence|
00189941|UT|||ImageFilterDescription|
00189942|FD|||CTDIvolNotificationTrigger|CTDIvol Notification Trigger
00189943|FD|||DLPNotificationTrigger|
00189944|CS|||AutoKVPSelectionType|
00189945|FD|||AutoKVPUpperBound|
00189946|FD|||AutoKVPLowerBound|
00189947|CS|||ProtocolDefinedPatientPosition|
0018a001|SQ|||ContributingEquipmentSequence|
0018a002|DT|||ContributionDateTime|Contribution DateTime
0018a003|ST|||ContributionDescription|
0020000d|UI|||StudyInstanceUID|
0020000e|UI|||SeriesInstanceUID|
00200010|SH|||StudyID|
00200011|IS|||SeriesNumber|
00200012|IS|||AcquisitionNumber|
00200013|IS|||InstanceNumber|
00200014|IS||R|IsotopeNumber|
00200015|IS||R|PhaseNumber|
00200016|IS||R|IntervalNumber|
00200017|IS||R|TimeSlotNumber|
00200018|IS||R|AngleNumber|
00200019|IS|||ItemNumber|
00200020|CS|2||PatientOrientation|
00200022|IS||R|OverlayNumber|
00200024|IS||R|CurveNumber|
00200026|IS||R|LUTNumber|
00200027|LO|||PyramidLabel|
00200030|DS|3|R|ImagePosition|
00200032|DS|3||ImagePositionPatient|Image Position (Patient)
00200035|DS|6|R|ImageOrientation|
00200037|DS|6||ImageOrientationPatient|Image Orientation (Patient)
00200050|DS||R|Location|
00200052|UI|||FrameOfReferenceUID|Frame of Reference UID
00200060|CS|||Laterality|
00200062|CS|||ImageLaterality|
00200070|LO||R|ImageGeometryType|
00200080|CS|1-n|R|MaskingImage|
002000aa|IS||R|ReportNumber|
00200100|IS|||TemporalPositionIdentifier|
00200105|IS|||NumberOfTemporalPositions|Number of Temporal Positions
00200110|DS|||TemporalResolution|
00200200|UI|||SynchronizationFrameOfReferenceUID|Synchronization Frame of Reference UID
00200242|UI|||SOPInstanceUIDOfConcatenationSource|SOP Instance UID of Concatenation Source
00201000|IS||R|SeriesInStudy|Series in Study
00201001|IS||R|AcquisitionsInSeries|Acquisitions in Series
00201002|IS|||ImagesInAcquisition|Images in Acquisition
00201003|IS||R|ImagesInSeries|Images in Series
00201004|IS||R|AcquisitionsInStudy|Acquisitions in Study
00201005|IS||R|ImagesInStudy|Images in Study
00201020|LO|1-n|R|Reference|
0020103f|LO|||TargetPositionReferenceIndicator|
00201040|LO|||PositionReferenceIndicator|
00201041|DS|||SliceLocation|
00201070|IS|1-n|R|OtherStudyNumbers|
00201200|IS|||NumberOfPatientRelatedStudies|Number of Patient Related Studies
00201202|IS|||NumberOfPatientRelatedSeries|Number of Patient Related Series
00201204|IS|||NumberOfPatientRelatedInstances|Number of Patient Related Instances
00201206|IS|||NumberOfStudyRelatedSeries|Number of Study Related Series
00201208|IS|||NumberOfStudyRelatedInstances|Number of Study Related Instances
00201209|IS|||NumberOfSeriesRelatedInstances|Number of Series Related Instances
00203401|CS||R|ModifyingDeviceID|
00203402|CS||R|ModifiedImageID|
00203403|DA||R|ModifiedImageDate|
00203404|LO||R|ModifyingDeviceManufacturer|
00203405|TM||R|ModifiedImageTime|
00203406|LO||R|ModifiedImageDescription|
00204000|LT|||ImageComments|
00205000|AT|1-n|R|OriginalImageIdentification|
00205002|LO|1-n|R|OriginalImageIdentificationNomenclature|
00209056|SH|||StackID|
00209057|UL|||InStackPositionNumber|In-Stack Position Number
00209071|SQ|||FrameAnatomySequence|
00209072|CS|||FrameLaterality|
00209111|SQ|||FrameContentSequence|
00209113|SQ|||PlanePositionSequence|
00209116|SQ|||PlaneOrientationSequence|
00209128|UL|||TemporalPositionIndex|
00209153|FD|||NominalCardiacTriggerDelayTime|
00209154|FL|||NominalCardiacTriggerTimePriorToRPeak|Nominal Cardiac Trigger Time Prior To R-Peak
00209155|FL|||ActualCardiacTriggerTimePriorToRPeak|Actual Cardiac Trigger Time Prior To R-Peak
00209156|US|||FrameAcquisitionNumber|
00209157|UL|1-n||DimensionIndexValues|
00209158|LT|||FrameComments|
00209161|UI|||ConcatenationUID|
00209162|US|||InConcatenationNumber|In-concatenation Number
00209163|US|||InConcatenationTotalNumber|In-concatenation Total Number
00209164|UI|||DimensionOrganizationUID|
00209165|AT|||DimensionIndexPointer|
00209167|AT|||FunctionalGroupPointer|
00209170|SQ|||UnassignedSharedConvertedAttributesSequence|
00209171|SQ|||UnassignedPerFrameConvertedAttributesSequence|Unassigned Per-Frame Converted Attributes Sequence
00209172|SQ|||ConversionSourceAttributesSequence|
00209213|LO|||DimensionIndexPrivateCreator|
00209221|SQ|||DimensionOrganizationSequence|
00209222|SQ|||DimensionIndexSequence|
00209228|UL|||ConcatenationFrameOffsetNumber|
00209238|LO|||FunctionalGroupPrivateCreator|
00209241|FL|||NominalPercentageOfCardiacPhase|Nominal Percentage of Cardiac Phase
00209245|FL|||NominalPercentageOfRespiratoryPhase|Nominal Percentage of Respiratory Phase
00209246|FL|||StartingRespiratoryAmplitude|
00209247|CS|||StartingRespiratoryPhase|
00209248|FL|||EndingRespiratoryAmplitude|
00209249|CS|||EndingRespiratoryPhase|
00209250|CS|||RespiratoryTriggerType|
00209251|FD|||RRIntervalTimeNominal|R-R Interval Time Nominal
00209252|FD|||ActualCardiacTriggerDelayTime|
00209253|SQ|||RespiratorySynchronizationSequence|
00209254|FD|||RespiratoryIntervalTime|
00209255|FD|||NominalRespiratoryTriggerDelayTime|
00209256|FD|||RespiratoryTriggerDelayThreshold|
00209257|FD|||ActualRespiratoryTriggerDelayTime|
00209301|FD|3||ImagePositionVolume|Image Position (Volume)
00209302|FD|6||ImageOrientationVolume|Image Orientation (Volume)
00209307|CS|||UltrasoundAcquisitionGeometry|
00209308|FD|3||ApexPosition|
00209309|FD|16||VolumeToTransducerMappingMatrix|Volume to Transducer Mapping Matrix
0020930a|FD|16||VolumeToTableMappingMatrix|Volume to Table Mapping Matrix
0020930b|CS|||VolumeToTransducerRelationship|Volume to Transducer Relationship
0020930c|CS|||PatientFrameOfReferenceSource|Patient Frame of Reference Source
0020930d|FD|||TemporalPositionTimeOffset|
0020930e|SQ|||PlanePositionVolumeSequence|Plane Position (Volume) Sequence
0020930f|SQ|||PlaneOrientationVolumeSequence|Plane Orientation (Volume) Sequence
00209310|SQ|||TemporalPositionSequence|
00209311|CS|||DimensionOrganizationType|
00209312|UI|||VolumeFrameOfReferenceUID|Volume Frame of Reference UID
00209313|UI|||TableFrameOfReferenceUID|Table Frame of Reference UID
00209421|LO|||DimensionDescriptionLabel|
00209450|SQ|||PatientOrientationInFrameSequence|Patient Orientation in Frame Sequence
00209453|LO|||FrameLabel|
00209518|US|1-n||AcquisitionIndex|
00209529|SQ|||ContributingSOPInstancesReferenceSequence|
00209536|US|||ReconstructionIndex|
00220001|US|||LightPathFilterPassThroughWavelength|Light Path Filter Pass-Through Wavelength
00220002|US|2||LightPathFilterPassBand|
00220003|US|||ImagePathFilterPassThroughWavelength|Image Path Filter Pass-Through Wavelength
00220004|US|2||ImagePathFilterPassBand|
00220005|CS|||PatientEyeMovementCommanded|
00220006|SQ|||PatientEyeMovementCommandCodeSequence|
00220007|FL|||SphericalLensPower|
00220008|FL|||CylinderLensPower|
00220009|FL|||CylinderAxis|
0022000a|FL|||EmmetropicMagnification|
0022000b|FL|||IntraOcularPressure|
0022000c|FL|||HorizontalFieldOfView|Horizontal Field of View
0022000d|CS|||PupilDilated|
0022000e|FL|||DegreeOfDilation|Degree of Dilation
0022000f|FD|||VertexDistance|
00220010|FL|||StereoBaselineAngle|
00220011|FL|||StereoBaselineDisplacement|
00220012|FL|||StereoHorizontalPixelOffset|
00220013|FL|||StereoVerticalPixelOffset|
00220014|FL|||StereoRotation|
00220015|SQ|||AcquisitionDeviceTypeCodeSequence|
00220016|SQ|||IlluminationTypeCodeSequence|
00220017|SQ|||LightPathFilterTypeStackCodeSequence|
00220018|SQ|||ImagePathFilterTypeStackCodeSequence|
00220019|SQ|||LensesCodeSequence|
0022001a|SQ|||ChannelDescriptionCodeSequence|
0022001b|SQ|||RefractiveStateSequence|
0022001c|SQ|||MydriaticAgentCodeSequence|
0022001d|SQ|||RelativeImagePositionCodeSequence|
0022001e|FL|||CameraAngleOfView|Camera Angle of View
00220020|SQ|||StereoPairsSequence|
00220021|SQ|||LeftImageSequence|
00220022|SQ|||RightImageSequence|
00220028|CS|||StereoPairsPresent|
00220030|FL|||AxialLengthOfTheEye|Axial Length of the Eye
00220031|SQ|||OphthalmicFrameLocationSequence|
00220032|FL|2-2n||ReferenceCoordinates|
00220035|FL|||DepthSpatialResolution|
00220036|FL|||MaximumDepthDistortion|
00220037|FL|||AlongScanSpatialResolution|Along-scan Spatial Resolution
00220038|FL|||MaximumAlongScanDistortion|Maximum Along-scan Distortion
00220039|CS|||OphthalmicImageOrientation|
00220041|FL|||DepthOfTransverseImage|Depth of Transverse Image
00220042|SQ|||MydriaticAgentConcentrationUnitsSequence|
00220048|FL|||AcrossScanSpatialResolution|Across-scan Spatial Resolution
00220049|FL|||MaximumAcrossScanDistortion|Maximum Across-scan Distortion
0022004e|DS|||MydriaticAgentConcentration|
00220055|FL|||IlluminationWaveLength|
00220056|FL|||IlluminationPower|
00220057|FL|||IlluminationBandwidth|
00220058|SQ|||MydriaticAgentSequence|
00221007|SQ|||OphthalmicAxialMeasurementsRightEyeSequence|
00221008|SQ|||OphthalmicAxialMeasurementsLeftEyeSequence|
00221009|CS|||OphthalmicAxialMeasurementsDeviceType|
00221010|CS|||OphthalmicAxialLengthMeasurementsType|
00221012|SQ|||OphthalmicAxialLengthSequence|
00221019|FL|||OphthalmicAxialLength|
00221024|SQ|||LensStatusCodeSequence|
00221025|SQ|||VitreousStatusCodeSequence|
00221028|SQ|||IOLFormulaCodeSequence|
00221029|LO|||IOLFormulaDetail|
00221033|FL|||KeratometerIndex|
00221035|SQ|||SourceOfOphthalmicAxialLengthCodeSequence|Source of Ophthalmic Axial Length Code Sequence
00221036|SQ|||SourceOfCornealSizeDataCodeSequence|Source of Corneal Size Data Code Sequence
00221037|FL|||TargetRefraction|
00221039|CS|||RefractiveProcedureOccurred|
00221040|SQ|||RefractiveSurgeryTypeCodeSequence|
00221044|SQ|||OphthalmicUltrasoundMethodCodeSequence|
00221045|SQ|||SurgicallyInducedAstigmatismSequence|
00221046|CS|||TypeOfOpticalCorrection|Type of Optical Correction
00221047|SQ|||ToricIOLPowerSequence|
00221048|SQ|||PredictedToricErrorSequence|
00221049|CS|||PreSelectedForImplantation|Pre-Selected for Implantation
0022104a|SQ|||ToricIOLPowerForExactEmmetropiaSequence|Toric IOL Power for Exact Emmetropia Sequence
0022104b|SQ|||ToricIOLPowerForExactTargetRefractionSequence|Toric IOL Power for Exact Target Refraction Sequence
00221050|SQ|||OphthalmicAxialLengthMeasurementsSequence|
00221053|FL|||IOLPower|
00221054|FL|||PredictedRefractiveError|
00221059|FL|||OphthalmicAxialLengthVelocity|
00221065|LO|||LensStatusDescription|
00221066|LO|||VitreousStatusDescription|
00221090|SQ|||IOLPowerSequence|
00221092|SQ|||LensConstantSequence|
00221093|LO|||IOLManufacturer|
00221094|LO||R|LensConstantDescription|
00221095|LO|||ImplantName|
00221096|SQ|||KeratometryMeasurementTypeCodeSequence|
00221097|LO|||ImplantPartNumber|
00221100|SQ|||ReferencedOphthalmicAxialMeasurementsSequence|
00221101|SQ|||OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence|
00221103|SQ|||RefractiveErrorBeforeRefractiveSurgeryCodeSequence|
00221121|FL|||IOLPowerForExactEmmetropia|
00221122|FL|||IOLPowerForExactTargetRefraction|
00221125|SQ|||AnteriorChamberDepthDefinitionCodeSequence|
00221127|SQ|||LensThicknessSequence|
00221128|SQ|||AnteriorChamberDepthSequence|
0022112a|SQ|||CalculationCommentSequence|
0022112b|CS|||CalculationCommentType|
0022112c|LT|||CalculationComment|
00221130|FL|||LensThickness|
00221131|FL|||AnteriorChamberDepth|
00221132|SQ|||SourceOfLensThicknessDataCodeSequence|Source of Lens Thickness Data Code Sequence
00221133|SQ|||SourceOfAnteriorChamberDepthDataCodeSequence|Source of Anterior Chamber Depth Data Code Sequence
00221134|SQ|||SourceOfRefractiveMeasurementsSequence|Source of Refractive Measurements Sequence
00221135|SQ|||SourceOfRefractiveMeasurementsCodeSequence|Source of Refractive Measurements Code Sequence
00221140|CS|||OphthalmicAxialLengthMeasurementModified|
00221150|SQ|||OphthalmicAxialLengthDataSourceCodeSequence|
00221153|SQ||R|OphthalmicAxialLengthAcquisitionMethodCodeSequence|
00221155|FL|||SignalToNoiseRatio|Signal to Noise Ratio
00221159|LO|||OphthalmicAxialLengthDataSourceDescription|
00221210|SQ|||OphthalmicAxialLengthMeasurementsTotalLengthSequence|
00221211|SQ|||OphthalmicAxialLengthMeasurementsSegmentalLengthSequence|
00221212|SQ|||OphthalmicAxialLengthMeasurementsLengthSummationSequence|
00221220|SQ|||UltrasoundOphthalmicAxialLengthMeasurementsSequence|
00221225|SQ|||OpticalOphthalmicAxialLengthMeasurementsSequence|
00221230|SQ|||UltrasoundSelectedOphthalmicAxialLengthSequence|
00221250|SQ|||OphthalmicAxialLengthSelectionMethodCodeSequence|
00221255|SQ|||OpticalSelectedOphthalmicAxialLengthSequence|
00221257|SQ|||SelectedSegmentalOphthalmicAxialLengthSequence|
00221260|SQ|||SelectedTotalOphthalmicAxialLengthSequence|
00221262|SQ|||OphthalmicAxialLengthQualityMetricSequence|
00221265|SQ||R|OphthalmicAxialLengthQualityMetricTypeCodeSequence|
00221273|LO||R|OphthalmicAxialLengthQualityMetricTypeDescription|
00221300|SQ|||IntraocularLensCalculationsRightEyeSequence|
00221310|SQ|||IntraocularLensCalculationsLeftEyeSequence|
00221330|SQ|||ReferencedOphthalmicAxialLengthMeasurementQCImageSequence|
00221415|CS|||OphthalmicMappingDeviceType|
00221420|SQ|||AcquisitionMethodCodeSequence|
00221423|SQ|||AcquisitionMethodAlgorithmSequence|
00221436|SQ|||OphthalmicThicknessMapTypeCodeSequence|
00221443|SQ|||OphthalmicThicknessMappingNormalsSequence|
00221445|SQ|||RetinalThicknessDefinitionCodeSequence|
00221450|SQ|||PixelValueMappingToCodedConceptSequence|Pixel Value Mapping to Coded Concept Sequence
00221452|US/SS|||MappedPixelValue|
00221454|LO|||PixelValueMappingExplanation|
00221458|SQ|||OphthalmicThicknessMapQualityThresholdSequence|
00221460|FL|||OphthalmicThicknessMapThresholdQualityRating|
00221463|FL|2||AnatomicStructureReferencePoint|
00221465|SQ|||RegistrationToLocalizerSequence|Registration to Localizer Sequence
00221466|CS|||RegisteredLocalizerUnits|
00221467|FL|2||RegisteredLocalizerTopLeftHandCorner|
00221468|FL|2||RegisteredLocalizerBottomRightHandCorner|
00221470|SQ|||OphthalmicThicknessMapQualityRatingSequence|
00221472|SQ|||RelevantOPTAttributesSequence|
00221512|SQ|||TransformationMethodCodeSequence|
00221513|SQ|||TransformationAlgorithmSequence|
00221515|CS|||OphthalmicAxialLengthMethod|
00221517|FL|||OphthalmicFOV|
00221518|SQ|||TwoDimensionalToThreeDimensionalMapSequence|Two Dimensional to Three Dimensional Map Sequence
00221525|SQ|||WideFieldOphthalmicPhotographyQualityRatingSequence|
00221526|SQ|||WideFieldOphthalmicPhotographyQualityThresholdSequence|
00221527|FL|||WideFieldOphthalmicPhotographyThresholdQualityRating|
00221528|FL|||XCoordinatesCenterPixelViewAngle|
00221529|FL|||YCoordinatesCenterPixelViewAngle|
00221530|UL|||NumberOfMapPoints|Number of Map Points
00221531|OF|||TwoDimensionalToThreeDimensionalMapData|Two Dimensional to Three Dimensional Map Data
00221612|SQ|||DerivationAlgorithmSequence|
00221615|SQ|||OphthalmicImageTypeCodeSequence|
00221616|LO|||OphthalmicImageTypeDescription|
00221618|SQ|||ScanPatternTypeCodeSequence|
00221620|SQ|||ReferencedSurfaceMeshIdentificationSequence|
00221622|CS|||OphthalmicVolumetricPropertiesFlag|
00221624|FL|||OphthalmicAnatomicReferencePointXCoordinate|Ophthalmic Anatomic Reference Point X-Coordinate
00221626|FL|||OphthalmicAnatomicReferencePointYCoordinate|Ophthalmic Anatomic Reference Point Y-Coordinate
00221628|SQ|||OphthalmicEnFaceImageQualityRatingSequence|
00221630|DS|||QualityThreshold|
00221640|SQ|||OCTBscanAnalysisAcquisitionParametersSequence|OCT B-scan Analysis Acquisition Parameters Sequence
00221642|UL|||NumberOfBscansPerFrame|Number of B-scans Per Frame
00221643|FL|||BscanSlabThickness|B-scan Slab Thickness
00221644|FL|||DistanceBetweenBscanSlabs|Distance Between B-scan Slabs
00221645|FL|||BscanCycleTime|B-scan Cycle Time
00221646|FL|1-n||BscanCycleTimeVector|B-scan Cycle Time Vector
00221649|FL|||AscanRate|A-scan Rate
00221650|FL|||BscanRate|B-scan Rate
00221658|UL|||SurfaceMeshZPixelOffset|Surface Mesh Z-Pixel Offset
00240010|FL|||VisualFieldHorizontalExtent|
00240011|FL|||VisualFieldVerticalExtent|
00240012|CS|||VisualFieldShape|
00240016|SQ|||ScreeningTestModeCodeSequence|
00240018|FL|||MaximumStimulusLuminance|
00240020|FL|||BackgroundLuminance|
00240021|SQ|||StimulusColorCodeSequence|
00240024|SQ|||BackgroundIlluminationColorCodeSequence|
00240025|FL|||StimulusArea|
00240028|FL|||StimulusPresentationTime|
00240032|SQ|||FixationSequence|
00240033|SQ|||FixationMonitoringCodeSequence|
00240034|SQ|||VisualFieldCatchTrialSequence|
00240035|US|||FixationCheckedQuantity|
00240036|US|||PatientNotProperlyFixatedQuantity|
00240037|CS|||PresentedVisualStimuliDataFlag|
00240038|US|||NumberOfVisualStimuli|Number of Visual Stimuli
00240039|CS|||ExcessiveFixationLossesDataFlag|
00240040|CS|||ExcessiveFixationLosses|
00240042|US|||StimuliRetestingQuantity|
00240044|LT|||CommentsOnPatientPerformanceOfVisualField|Comments on Patient's Performance of Visual Field
00240045|CS|||FalseNegativesEstimateFlag|
00240046|FL|||FalseNegativesEstimate|
00240048|US|||NegativeCatchTrialsQuantity|
00240050|US|||FalseNegativesQuantity|
00240051|CS|||ExcessiveFalseNegativesDataFlag|
00240052|CS|||ExcessiveFalseNegatives|
00240053|CS|||FalsePositivesEstimateFlag|
00240054|FL|||FalsePositivesEstimate|
00240055|CS|||CatchTrialsDataFlag|
00240056|US|||PositiveCatchTrialsQuantity|
00240057|CS|||TestPointNormalsDataFlag|
00240058|SQ|||TestPointNormalsSequence|
00240059|CS|||GlobalDeviationProbabilityNormalsFlag|
00240060|US|||FalsePositivesQuantity|
00240061|CS|||ExcessiveFalsePositivesDataFlag|
00240062|CS|||ExcessiveFalsePositives|
00240063|CS|||VisualFieldTestNormalsFlag|
00240064|SQ|||ResultsNormalsSequence|
00240065|SQ|||AgeCorrectedSensitivityDeviationAlgorithmSequence|
00240066|FL|||GlobalDeviationFromNormal|
00240067|SQ|||GeneralizedDefectSensitivityDeviationAlgorithmSequence|
00240068|FL|||LocalizedDeviationFromNormal|
00240069|LO|||PatientReliabilityIndicator|
00240070|FL|||VisualFieldMeanSensitivity|
00240071|FL|||GlobalDeviationProbability|
00240072|CS|||LocalDeviationProbabilityNormalsFlag|
00240073|FL|||LocalizedDeviationProbability|
00240074|CS|||ShortTermFluctuationCalculated|
00240075|FL|||ShortTermFluctuation|
00240076|CS|||ShortTermFluctuationProbabilityCalculated|
00240077|FL|||ShortTermFluctuationProbability|
00240078|CS|||CorrectedLocalizedDeviationFromNormalCalculated|
00240079|FL|||CorrectedLocalizedDeviationFromNormal|
00240080|CS|||CorrectedLocalizedDeviationFromNormalProbabilityCalculated|
00240081|FL|||CorrectedLocalizedDeviationFromNormalProbability|
00240083|SQ|||GlobalDeviationProbabilitySequence|
00240085|SQ|||LocalizedDeviationProbabilitySequence|
00240086|CS|||FovealSensitivityMeasured|
00240087|FL|||FovealSensitivity|
00240088|FL|||VisualFieldTestDuration|
00240089|SQ|||VisualFieldTestPointSequence|
00240090|FL|||VisualFieldTestPointXCoordinate|Visual Field Test Point X-Coordinate
00240091|FL|||VisualFieldTestPointYCoordinate|Visual Field Test Point Y-Coordinate
00240092|FL|||AgeCorrectedSensitivityDeviationValue|
00240093|CS|||StimulusResults|
00240094|FL|||SensitivityValue|
00240095|CS|||RetestStimulusSeen|
00240096|FL|||RetestSensitivityValue|
00240097|SQ|||VisualFieldTestPointNormalsSequence|
00240098|FL|||QuantifiedDefect|
00240100|FL|||AgeCorrectedSensitivityDeviationProbabilityValue|
00240102|CS|||GeneralizedDefectCorrectedSensitivityDeviationFlag|
00240103|FL|||GeneralizedDefectCorrectedSensitivityDeviationValue|
00240104|FL|||GeneralizedDefectCorrectedSensitivityDeviationProbabilityValue|
00240105|FL|||MinimumSensitivityValue|
00240106|CS|||BlindSpotLocalized|
00240107|FL|||BlindSpotXCoordinate|Blind Spot X-Coordinate
00240108|FL|||BlindSpotYCoordinate|Blind Spot Y-Coordinate
00240110|SQ|||VisualAcuityMeasurementSequence|
00240112|SQ|||RefractiveParametersUsedOnPatientSequence|Refractive Parameters Used on Patient Sequence
00240113|CS|||MeasurementLaterality|
00240114|SQ|||OphthalmicPatientClinicalInformationLeftEyeSequence|
00240115|SQ|||OphthalmicPatientClinicalInformationRightEyeSequence|
00240117|CS|||FovealPointNormativeDataFlag|
00240118|FL|||FovealPointProbabilityValue|
00240120|CS|||ScreeningBaselineMeasured|
00240122|SQ|||ScreeningBaselineMeasuredSequence|
00240124|CS|||ScreeningBaselineType|
00240126|FL|||ScreeningBaselineValue|
00240202|LO|||AlgorithmSource|
00240306|LO|||DataSetName|
00240307|LO|||DataSetVersion|
00240308|LO|||DataSetSource|
00240309|LO|||DataSetDescription|
00240317|SQ|||VisualFieldTestReliabilityGlobalIndexSequence|
00240320|SQ|||VisualFieldGlobalResultsIndexSequence|
00240325|SQ|||DataObservationSequence|
00240338|CS|||IndexNormalsFlag|
00240341|FL|||IndexProbability|
00240344|SQ|||IndexProbabilitySequence|
00280002|US|||SamplesPerPixel|Samples per Pixel
00280003|US|||SamplesPerPixelUsed|Samples per Pixel Used
00280004|CS|||PhotometricInterpretation|
00280005|US||R|ImageDimensions|
00280006|US|||PlanarConfiguration|
00280008|IS|||NumberOfFrames|Number of Frames
00280009|AT|1-n||FrameIncrementPointer|
0028000a|AT|1-n||FrameDimensionPointer|
00280010|US|||Rows|
00280011|US|||Columns|
00280012|US||R|Planes|
00280014|US|||UltrasoundColorDataPresent|
00280020|||R||
00280030|DS|2||PixelSpacing|
00280031|DS|2||ZoomFactor|
00280032|DS|2||ZoomCenter|
00280034|IS|2||PixelAspectRatio|
00280040|CS||R|ImageFormat|
00280050|LO|1-n|R|ManipulatedImage|
00280051|CS|1-n||CorrectedImage|
0028005f|LO||R|CompressionRecognitionCode|
00280060|CS||R|CompressionCode|
00280061|SH||R|CompressionOriginator|
00280062|LO||R|CompressionLabel|
00280063|SH||R|CompressionDescription|
00280065|CS|1-n|R|CompressionSequence|
00280066|AT|1-n|R|CompressionStepPointers|
00280068|US||R|RepeatInterval|
00280069|US||R|BitsGrouped|
00280070|US|1-n|R|PerimeterTable|
00280071|US/SS||R|PerimeterValue|
00280080|US||R|PredictorRows|
00280081|US||R|PredictorColumns|
00280082|US|1-n|R|PredictorConstants|
00280090|CS||R|BlockedPixels|
00280091|US||R|BlockRows|
00280092|US||R|BlockColumns|
00280093|US||R|RowOverlap|
00280094|US||R|ColumnOverlap|
00280100|US|||BitsAllocated|
00280101|US|||BitsStored|
00280102|US|||HighBit|
00280103|US|||PixelRepresentation|
00280104|US/SS||R|SmallestValidPixelValue|
00280105|US/SS||R|LargestValidPixelValue|
00280106|US/SS|||SmallestImagePixelValue|
00280107|US/SS|||LargestImagePixelValue|
00280108|US/SS|||SmallestPixelValueInSeries|Smallest Pixel Value in Series
00280109|US/SS|||LargestPixelValueInSeries|Largest Pixel Value in Series
00280110|US/SS||R|SmallestImagePixelValueInPlane|Smallest Image Pixel Value in Plane
00280111|US/SS||R|LargestImagePixelValueInPlane|Largest Image Pixel Value in Plane
00280120|US/SS|||PixelPaddingValue|
00280121|US/SS|||PixelPaddingRangeLimit|
00280122|FL|||FloatPixelPaddingValue|
00280123|FD|||DoubleFloatPixelPaddingValue|
00280124|FL|||FloatPixelPaddingRangeLimit|
00280125|FD|||DoubleFloatPixelPaddingRangeLimit|
00280200|US||R|ImageLocation|
00280300|CS|||QualityControlImage|
00280301|CS|||BurnedInAnnotation|
00280302|CS|||RecognizableVisualFeatures|
00280303|CS|||LongitudinalTemporalInformationModified|
00280304|UI|||ReferencedColorPaletteInstanceUID|
00280400|LO||R|TransformLabel|
00280401|LO||R|TransformVersionNumber|
00280402|US||R|NumberOfTransformSteps|Number of Transform Steps
00280403|LO|1-n|R|SequenceOfCompressedData|Sequence of Compressed Data
00280404|AT|1-n|R|DetailsOfCoefficients|Details of Coefficients
00280700|LO||R|DCTLabel|
00280701|CS|1-n|R|DataBlockDescription|
00280702|AT|1-n|R|DataBlock|
00280710|US||R|NormalizationFactorFormat|
00280720|US||R|ZonalMapNumberFormat|
00280721|AT|1-n|R|ZonalMapLocation|
00280722|US||R|ZonalMapFormat|
00280730|US||R|AdaptiveMapFormat|
00280740|US||R|CodeNumberFormat|
00280a02|CS|||PixelSpacingCalibrationType|
00280a04|LO|||PixelSpacingCalibrationDescription|
00281040|CS|||PixelIntensityRelationship|
00281041|SS|||PixelIntensityRelationshipSign|
00281050|DS|1-n||WindowCenter|
00281051|DS|1-n||WindowWidth|
00281052|DS|||RescaleIntercept|
00281053|DS|||RescaleSlope|
00281054|LO|||RescaleType|
00281055|LO|1-n||WindowCenterWidthExplanation|Window Center & Width Explanation
00281056|CS|||VOILUTFunction|VOI LUT Function
00281080|CS||R|GrayScale|
00281090|CS|||RecommendedViewingMode|
00281100|US/SS|3|R|GrayLookupTableDescriptor|
00281101|US/SS|3||RedPaletteColorLookupTableDescriptor|
00281102|US/SS|3||GreenPaletteColorLookupTableDescriptor|
00281103|US/SS|3||BluePaletteColorLookupTableDescriptor|
00281104|US|3||AlphaPaletteColorLookupTableDescriptor|
00281111|US/SS|4|R|LargeRedPaletteColorLookupTableDescriptor|
00281112|US/SS|4|R|LargeGreenPaletteColorLookupTableDescriptor|
00281113|US/SS|4|R|LargeBluePaletteColorLookupTableDescriptor|
00281199|UI|||PaletteColorLookupTableUID|
00281200|US/SS/OW|1-n or 1|R|GrayLookupTableData|
00281201|OW|||RedPaletteColorLookupTableData|
00281202|OW|||GreenPaletteColorLookupTableData|
00281203|OW|||BluePaletteColorLookupTableData|
00281204|OW|||AlphaPaletteColorLookupTableData|
00281211|OW||R|LargeRedPaletteColorLookupTableData|
00281212|OW||R|LargeGreenPaletteColorLookupTableData|
00281213|OW||R|LargeBluePaletteColorLookupTableData|
00281214|UI||R|LargePaletteColorLookupTableUID|
00281221|OW|||SegmentedRedPaletteColorLookupTableData|
00281222|OW|||SegmentedGreenPaletteColorLookupTableData|
00281223|OW|||SegmentedBluePaletteColorLookupTableData|
00281224|OW|||SegmentedAlphaPaletteColorLookupTableData|
00281230|SQ|||StoredValueColorRangeSequence|
00281231|FD|||MinimumStoredValueMapped|
00281232|FD|||MaximumStoredValueMapped|
00281300|CS|||BreastImplantPresent|
00281350|CS|||PartialView|
00281351|ST|||PartialViewDescription|
00281352|SQ|||PartialViewCodeSequence|
0028135a|CS|||SpatialLocationsPreserved|
00281401|SQ|||DataFrameAssignmentSequence|
00281402|CS|||DataPathAssignment|
00281403|US|||BitsMappedToColorLookupTable|Bits Mapped to Color Lookup Table
00281404|SQ|||BlendingLUT1Sequence|Blending LUT 1 Sequence
00281405|CS|||BlendingLUT1TransferFunction|Blending LUT 1 Transfer Function
00281406|FD|||BlendingWeightConstant|
00281407|US|3||BlendingLookupTableDescriptor|
00281408|OW|||BlendingLookupTableData|
0028140b|SQ|||EnhancedPaletteColorLookupTableSequence|
0028140c|SQ|||BlendingLUT2Sequence|Blending LUT 2 Sequence
0028140d|CS|||BlendingLUT2TransferFunction|Blending LUT 2 Transfer Function
0028140e|CS|||DataPathID|
0028140f|CS|||RGBLUTTransferFunction|RGB LUT Transfer Function
00281410|CS|||AlphaLUTTransferFunction|
00282000|OB|||ICCProfile|
00282002|CS|||ColorSpace|
00282110|CS|||LossyImageCompression|
00282112|DS|1-n||LossyImageCompressionRatio|
00282114|CS|1-n||LossyImageCompressionMethod|
00283000|SQ|||ModalityLUTSequence|
00283001|SQ|||VariableModalityLUTSequence|
00283002|US/SS|3||LUTDescriptor|
00283003|LO|||LUTExplanation|
00283004|LO|||ModalityLUTType|
00283006|US/OW|1-n or 1||LUTData|
00283010|SQ|||VOILUTSequence|VOI LUT Sequence
00283110|SQ|||SoftcopyVOILUTSequence|Softcopy VOI LUT Sequence
00284000|LT||R|ImagePresentationComments|
00285000|SQ||R|BiPlaneAcquisitionSequence|Bi-Plane Acquisition Sequence
00286010|US|||RepresentativeFrameNumber|
00286020|US|1-n||FrameNumbersOfInterest|Frame Numbers of Interest (FOI)
00286022|LO|1-n||FrameOfInterestDescription|Frame of Interest Description
00286023|CS|1-n||FrameOfInterestType|Frame of Interest Type
00286030|US|1-n|R|MaskPointers|Mask Pointer(s)
00286040|US|1-n||RWavePointer|
00286100|SQ|||MaskSubtractionSequence|
00286101|CS|||MaskOperation|
00286102|US|2-2n||ApplicableFrameRange|
00286110|US|1-n||MaskFrameNumbers|
00286112|US|||ContrastFrameAveraging|
00286114|FL|2||MaskSubPixelShift|Mask Sub-pixel Shift
00286120|SS|||TIDOffset|
00286190|ST|||MaskOperationExplanation|
00287000|SQ|||EquipmentAdministratorSequence|
00287001|US|||NumberOfDisplaySubsystems|Number of Display Subsystems
00287002|US|||CurrentConfigurationID|
00287003|US|||DisplaySubsystemID|
00287004|SH|||DisplaySubsystemName|
00287005|LO|||DisplaySubsystemDescription|
00287006|CS|||SystemStatus|
00287007|LO|||SystemStatusComment|
00287008|SQ|||TargetLuminanceCharacteristicsSequence|
00287009|US|||LuminanceCharacteristicsID|
0028700a|SQ|||DisplaySubsystemConfigurationSequence|
0028700b|US|||ConfigurationID|
0028700c|SH|||ConfigurationName|
0028700d|LO|||ConfigurationDescription|
0028700e|US|||ReferencedTargetLuminanceCharacteristicsID|
0028700f|SQ|||QAResultsSequence|
00287010|SQ|||DisplaySubsystemQAResultsSequence|
00287011|SQ|||ConfigurationQAResultsSequence|
00287012|SQ|||MeasurementEquipmentSequence|
00287013|CS|1-n||MeasurementFunctions|
00287014|CS|||MeasurementEquipmentType|
00287015|SQ|||VisualEvaluationResultSequence|
00287016|SQ|||DisplayCalibrationResultSequence|
00287017|US|||DDLValue|
00287018|FL|2||CIExyWhitePoint|CIExy White Point
00287019|CS|||DisplayFunctionType|
0028701a|FL|||GammaValue|
0028701b|US|||NumberOfLuminancePoints|Number of Luminance Points
0028701c|SQ|||LuminanceResponseSequence|
0028701d|FL|||TargetMinimumLuminance|
0028701e|FL|||TargetMaximumLuminance|
0028701f|FL|||LuminanceValue|
00287020|LO|||LuminanceResponseDescription|
00287021|CS|||WhitePointFlag|
00287022|SQ|||DisplayDeviceTypeCodeSequence|
00287023|SQ|||DisplaySubsystemSequence|
00287024|SQ|||LuminanceResultSequence|
00287025|CS|||AmbientLightValueSource|
00287026|CS|1-n||MeasuredCharacteristics|
00287027|SQ|||LuminanceUniformityResultSequence|
00287028|SQ|||VisualEvaluationTestSequence|
00287029|CS|||TestResult|
0028702a|LO|||TestResultComment|
0028702b|CS|||TestImageValidation|
0028702c|SQ|||TestPatternCodeSequence|
0028702d|SQ|||MeasurementPatternCodeSequence|
0028702e|SQ|||VisualEvaluationMethodCodeSequence|
00287fe0|UR|||PixelDataProviderURL|
00289001|UL|||DataPointRows|
00289002|UL|||DataPointColumns|
00289003|CS|||SignalDomainColumns|
00289099|US||R|LargestMonochromePixelValue|
00289108|CS|||DataRepresentation|
00289110|SQ|||PixelMeasuresSequence|
00289132|SQ|||FrameVOILUTSequence|Frame VOI LUT Sequence
00289145|SQ|||PixelValueTransformationSequence|
00289235|CS|||SignalDomainRows|
00289411|FL|||DisplayFilterPercentage|
00289415|SQ|||FramePixelShiftSequence|
00289416|US|||SubtractionItemID|
00289422|SQ|||PixelIntensityRelationshipLUTSequence|
00289443|SQ|||FramePixelDataPropertiesSequence|
00289444|CS|||GeometricalProperties|
00289445|FL|||GeometricMaximumDistortion|
00289446|CS|1-n||ImageProcessingApplied|
00289454|CS|||MaskSelectionMode|
00289474|CS|||LUTFunction|
00289478|FL|||MaskVisibilityPercentage|
00289501|SQ|||PixelShiftSequence|
00289502|SQ|||RegionPixelShiftSequence|
00289503|SS|2-2n||VerticesOfTheRegion|Vertices of the Region
00289505|SQ|||MultiFramePresentationSequence|Multi-frame Presentation Sequence
00289506|US|2-2n||PixelShiftFrameRange|
00289507|US|2-2n||LUTFrameRange|
00289520|DS|16||ImageToEquipmentMappingMatrix|Image to Equipment Mapping Matrix
00289537|CS|||EquipmentCoordinateSystemIdentification|
0032000a|CS||R|StudyStatusID|
0032000c|CS||R|StudyPriorityID|
00320012|LO||R|StudyIDIssuer|
00320032|DA||R|StudyVerifiedDate|
00320033|TM||R|StudyVerifiedTime|
00320034|DA||R|StudyReadDate|
00320035|TM||R|StudyReadTime|
00321000|DA||R|ScheduledStudyStartDate|
00321001|TM||R|ScheduledStudyStartTime|
00321010|DA||R|ScheduledStudyStopDate|
00321011|TM||R|ScheduledStudyStopTime|
00321020|LO||R|ScheduledStudyLocation|
00321021|AE|1-n|R|ScheduledStudyLocationAETitle|
00321030|LO||R|ReasonForStudy|Reason for Study
00321031|SQ|||RequestingPhysicianIdentificationSequence|
00321032|PN|||RequestingPhysician|
00321033|LO|||RequestingService|
00321034|SQ|||RequestingServiceCodeSequence|
00321040|DA||R|StudyArrivalDate|
00321041|TM||R|StudyArrivalTime|
00321050|DA||R|StudyCompletionDate|
00321051|TM||R|StudyCompletionTime|
00321055|CS||R|StudyComponentStatusID|
00321060|LO|||RequestedProcedureDescription|
00321064|SQ|||RequestedProcedureCodeSequence|
00321065|SQ|||RequestedLateralityCodeSequence|
00321066|UT|||ReasonForVisit|Reason for Visit
00321067|SQ|||ReasonForVisitCodeSequence|Reason for Visit Code Sequence
00321070|LO|||RequestedContrastAgent|
00324000|LT||R|StudyComments|
00340001|SQ|||FlowIdentifierSequence|
00340002|OB|||FlowIdentifier|
00340003|UI|||FlowTransferSyntaxUID|
00340004|UL|||FlowRTPSamplingRate|
00340005|OB|||SourceIdentifier|
00340007|OB|||FrameOriginTimestamp|
00340008|CS|||IncludesImagingSubject|
00340009|SQ|||FrameUsefulnessGroupSequence|
0034000a|SQ|||RealTimeBulkDataFlowSequence|Real-Time Bulk Data Flow Sequence
0034000b|SQ|||CameraPositionGroupSequence|
0034000c|CS|||IncludesInformation|
0034000d|SQ|||TimeOfFrameGroupSequence|Time of Frame Group Sequence
00380004|SQ||R|ReferencedPatientAliasSequence|
00380008|CS|||VisitStatusID|
00380010|LO|||AdmissionID|
00380011|LO||R|IssuerOfAdmissionID|Issuer of Admission ID
00380014|SQ|||IssuerOfAdmissionIDSequence|Issuer of Admission ID Sequence
00380016|LO|||RouteOfAdmissions|Route of Admissions
0038001a|DA||R|ScheduledAdmissionDate|
0038001b|TM||R|ScheduledAdmissionTime|
0038001c|DA||R|ScheduledDischargeDate|
0038001d|TM||R|ScheduledDischargeTime|
0038001e|LO||R|ScheduledPatientInstitutionResidence|
00380020|DA|||AdmittingDate|
00380021|TM|||AdmittingTime|
00380030|DA||R|DischargeDate|
00380032|TM||R|DischargeTime|
00380040|LO||R|DischargeDiagnosisDescription|
00380044|SQ||R|DischargeDiagnosisCodeSequence|
00380050|LO|||SpecialNeeds|
00380060|LO|||ServiceEpisodeID|
00380061|LO||R|IssuerOfServiceEpisodeID|Issuer of Service Episode ID
00380062|LO|||ServiceEpisodeDescription|
00380064|SQ|||IssuerOfServiceEpisodeIDSequence|Issuer of Service Episode ID Sequence
00380100|SQ|||PertinentDocumentsSequence|
00380101|SQ|||PertinentResourcesSequence|
00380102|LO|||ResourceDescription|
00380300|LO|||CurrentPatientLocation|
00380400|LO|||PatientInstitutionResidence|Patient's Institution Residence
00380500|LO|||PatientState|
00380502|SQ|||PatientClinicalTrialParticipationSequence|
00384000|LT|||VisitComments|
003a0004|CS|||WaveformOriginality|
003a0005|US|||NumberOfWaveformChannels|Number of Waveform Channels
003a0010|UL|||NumberOfWaveformSamples|Number of Waveform Samples
003a001a|DS|||SamplingFrequency|
003a0020|SH|||MultiplexGroupLabel|
003a0200|SQ|||ChannelDefinitionSequence|
003a0202|IS|||WaveformChannelNumber|
003a0203|SH|||ChannelLabel|
003a0205|CS|1-n||ChannelStatus|
003a0208|SQ|||ChannelSourceSequence|
003a0209|SQ|||ChannelSourceModifiersSequence|
003a020a|SQ|||SourceWaveformSequence|
003a020c|LO|||ChannelDerivationDescription|
003a0210|DS|||ChannelSensitivity|
003a0211|SQ|||ChannelSensitivityUnitsSequence|
003a0212|DS|||ChannelSensitivityCorrectionFactor|
003a0213|DS|||ChannelBaseline|
003a0214|DS|||ChannelTimeSkew|
003a0215|DS|||ChannelSampleSkew|
003a0218|DS|||ChannelOffset|
003a021a|US|||WaveformBitsStored|
003a0220|DS|||FilterLowFrequency|
003a0221|DS|||FilterHighFrequency|
003a0222|DS|||NotchFilterFrequency|
003a0223|DS|||NotchFilterBandwidth|
003a0230|FL|||WaveformDataDisplayScale|
003a0231|US|3||WaveformDisplayBackgroundCIELabValue|Waveform Display Background CIELab Value
003a0240|SQ|||WaveformPresentationGroupSequence|
003a0241|US|||PresentationGroupNumber|
003a0242|SQ|||ChannelDisplaySequence|
003a0244|US|3||ChannelRecommendedDisplayCIELabValue|Channel Recommended Display CIELab Value
003a0245|FL|||ChannelPosition|
003a0246|CS|||DisplayShadingFlag|
003a0247|FL|||FractionalChannelDisplayScale|
003a0248|FL|||AbsoluteChannelDisplayScale|
003a0300|SQ|||MultiplexedAudioChannelsDescriptionCodeSequence|
003a0301|IS|||ChannelIdentificationCode|
003a0302|CS|||ChannelMode|
003a0310|UI|||MultiplexGroupUID|
003a0311|DS|||PowerlineFrequency|
003a0312|SQ|||ChannelImpedanceSequence|
003a0313|DS|||ImpedanceValue|
003a0314|DT|||ImpedanceMeasurementDateTime|Impedance Measurement DateTime
003a0315|DS|||ImpedanceMeasurementFrequency|
003a0316|CS|||ImpedanceMeasurementCurrentType|
003a0317|CS|||WaveformAmplifierType|
003a0318|SQ|||FilterLowFrequencyCharacteristicsSequence|
003a0319|SQ|||FilterHighFrequencyCharacteristicsSequence|
003a0320|SQ|||SummarizedFilterLookupTable|Summarized Filter Lookup Table Sequence
003a0321|SQ|||NotchFilterCharacteristicsSequence|
003a0322|CS|||WaveformFilterType|
003a0323|SQ|||AnalogFilterCharacteristicsSequence|
003a0324|DS|||AnalogFilterRollOff|
003a0325|SQ|||AnalogFilterType|Analog Filter Type Code Sequence
003a0326|SQ|||DigitalFilterCharacteristicsSequence|
003a0327|IS|||DigitalFilterOrder|
003a0328|SQ|||DigitalFilterTypeCodeSequence|
003a0329|ST|||WaveformFilterDescription|
003a032a|SQ|||FilterLookupTableSequence|
003a032b|ST|||FilterLookupTableDescription|
003a032c|SQ|||FrequencyEncodingCodeSequence|
003a032d|SQ|||MagnitudeEncodingCodeSequence|
003a032e|OD|||FilterLookupTableData|
00400001|AE|1-n||ScheduledStationAETitle|
00400002|DA|||ScheduledProcedureStepStartDate|
00400003|TM|||ScheduledProcedureStepStartTime|
00400004|DA|||ScheduledProcedureStepEndDate|
00400005|TM|||ScheduledProcedureStepEndTime|
00400006|PN|||ScheduledPerformingPhysicianName|Scheduled Performing Physician's Name
00400007|LO|||ScheduledProcedureStepDescription|
00400008|SQ|||ScheduledProtocolCodeSequence|
00400009|SH|||ScheduledProcedureStepID|
0040000a|SQ|||StageCodeSequence|
0040000b|SQ|||ScheduledPerformingPhysicianIdentificationSequence|
00400010|SH|1-n||ScheduledStationName|
00400011|SH|||ScheduledProcedureStepLocation|
00400012|LO|||PreMedication|Pre-Medication
00400020|CS|||ScheduledProcedureStepStatus|
00400026|SQ|||OrderPlacerIdentifierSequence|
00400027|SQ|||OrderFillerIdentifierSequence|
00400031|UT|||LocalNamespaceEntityID|
00400032|UT|||UniversalEntityID|
00400033|CS|||UniversalEntityIDType|
00400035|CS|||IdentifierTypeCode|
00400036|SQ|||AssigningFacilitySequence|
00400039|SQ|||AssigningJurisdictionCodeSequence|
0040003a|SQ|||AssigningAgencyOrDepartmentCodeSequence|Assigning Agency or Department Code Sequence
00400100|SQ|||ScheduledProcedureStepSequence|
00400220|SQ|||ReferencedNonImageCompositeSOPInstanceSequence|Referenced Non-Image Composite SOP Instance Sequence
00400241|AE|||PerformedStationAETitle|
00400242|SH|||PerformedStationName|
00400243|SH|||PerformedLocation|
00400244|DA|||PerformedProcedureStepStartDate|
00400245|TM|||PerformedProcedureStepStartTime|
00400250|DA|||PerformedProcedureStepEndDate|
00400251|TM|||PerformedProcedureStepEndTime|
00400252|CS|||PerformedProcedureStepStatus|
00400253|SH|||PerformedProcedureStepID|
00400254|LO|||PerformedProcedureStepDescription|
00400255|LO|||PerformedProcedureTypeDescription|
00400260|SQ|||PerformedProtocolCodeSequence|
00400261|CS|||PerformedProtocolType|
00400270|SQ|||ScheduledStepAttributesSequence|
00400275|SQ|||RequestAttributesSequence|
00400280|ST|||CommentsOnThePerformedProcedureStep|Comments on the Performed Procedure Step
00400281|SQ|||PerformedProcedureStepDiscontinuationReasonCodeSequence|
00400293|SQ|||QuantitySequence|
00400294|DS|||Quantity|
00400295|SQ|||MeasuringUnitsSequence|
00400296|SQ|||BillingItemSequence|
00400300|US||R|TotalTimeOfFluoroscopy|Total Time of Fluoroscopy
00400301|US||R|TotalNumberOfExposures|Total Number of Exposures
00400302|US|||EntranceDose|
00400303|US|1-2||ExposedArea|
00400306|DS|||DistanceSourceToEntrance|Distance Source to Entrance
00400307|DS||R|DistanceSourceToSupport|Distance Source to Support
0040030e|SQ||R|ExposureDoseSequence|
00400310|ST|||CommentsOnRadiationDose|Comments on Radiation Dose
00400312|DS|||XRayOutput|X-Ray Output
00400314|DS|||HalfValueLayer|
00400316|DS|||OrganDose|
00400318|CS|||OrganExposed|
00400320|SQ|||BillingProcedureStepSequence|
00400321|SQ|||FilmConsumptionSequence|
00400324|SQ|||BillingSuppliesAndDevicesSequence|Billing Supplies and Devices Sequence
00400330|SQ||R|ReferencedProcedureStepSequence|
00400340|SQ|||PerformedSeriesSequence|
00400400|LT|||CommentsOnTheScheduledProcedureStep|Comments on the Scheduled Procedure Step
00400440|SQ|||ProtocolContextSequence|
00400441|SQ|||ContentItemModifierSequence|
00400500|SQ|||ScheduledSpecimenSequence|
0040050a|LO||R|SpecimenAccessionNumber|
00400512|LO|||ContainerIdentifier|
00400513|SQ|||IssuerOfTheContainerIdentifierSequence|Issuer of the Container Identifier Sequence
00400515|SQ|||AlternateContainerIdentifierSequence|
00400518|SQ|||ContainerTypeCodeSequence|
0040051a|LO|||ContainerDescription|
00400520|SQ|||ContainerComponentSequence|
00400550|SQ||R|SpecimenSequence|
00400551|LO|||SpecimenIdentifier|
00400552|SQ||R|SpecimenDescriptionSequenceTrial|Specimen Description Sequence (Trial)
00400553|ST||R|SpecimenDescriptionTrial|Specimen Description (Trial)
00400554|UI|||SpecimenUID|
00400555|SQ|||AcquisitionContextSequence|
00400556|ST|||AcquisitionContextDescription|
00400560|SQ|||SpecimenDescriptionSequence|
00400562|SQ|||IssuerOfTheSpecimenIdentifierSequence|Issuer of the Specimen Identifier Sequence
0040059a|SQ|||SpecimenTypeCodeSequence|
00400600|LO|||SpecimenShortDescription|
00400602|UT|||SpecimenDetailedDescription|
00400610|SQ|||SpecimenPreparationSequence|
00400612|SQ|||SpecimenPreparationStepContentItemSequence|
00400620|SQ|||SpecimenLocalizationContentItemSequence|
004006fa|LO||R|SlideIdentifier|
00400710|SQ|||WholeSlideMicroscopyImageFrameTypeSequence|
0040071a|SQ|||ImageCenterPointCoordinatesSequence|
0040072a|DS|||XOffsetInSlideCoordinateSystem|X Offset in Slide Coordinate System
0040073a|DS|||YOffsetInSlideCoordinateSystem|Y Offset in Slide Coordinate System
0040074a|DS|||ZOffsetInSlideCoordinateSystem|Z Offset in Slide Coordinate System
004008d8|SQ||R|PixelSpacingSequence|
004008da|SQ||R|CoordinateSystemAxisCodeSequence|
004008ea|SQ|||MeasurementUnitsCodeSequence|
004009f8|SQ||R|VitalStainCodeSequenceTrial|Vital Stain Code Sequence (Trial)
00401001|SH|||RequestedProcedureID|
00401002|LO|||ReasonForTheRequestedProcedure|Reason for the Requested Procedure
00401003|SH|||RequestedProcedurePriority|
00401004|LO|||PatientTransportArrangements|
00401005|LO|||RequestedProcedureLocation|
00401006|SH||R|PlacerOrderNumberProcedure|Placer Order Number / Procedure
00401007|SH||R|FillerOrderNumberProcedure|Filler Order Number / Procedure
00401008|LO|||ConfidentialityCode|
00401009|SH|||ReportingPriority|
0040100a|SQ|||ReasonForRequestedProcedureCodeSequence|Reason for Requested Procedure Code Sequence
00401010|PN|1-n||NamesOfIntendedRecipientsOfResults|Names of Intended Recipients of Results
00401011|SQ|||IntendedRecipientsOfResultsIdentificationSequence|Intended Recipients of Results Identification Sequence
00401012|SQ|||ReasonForPerformedProcedureCodeSequence|
00401060|LO||R|RequestedProcedureDescriptionTrial|Requested Procedure Description (Trial)
00401101|SQ|||PersonIdentificationCodeSequence|
00401102|ST|||PersonAddress|Person's Address
00401103|LO|1-n||PersonTelephoneNumbers|Person's Telephone Numbers
00401104|LT|||PersonTelecomInformation|Person's Telecom Information
00401400|LT|||RequestedProcedureComments|
00402001|LO||R|ReasonForTheImagingServiceRequest|Reason for the Imaging Service Request
00402004|DA|||IssueDateOfImagingServiceRequest|Issue Date of Imaging Service Request
00402005|TM|||IssueTimeOfImagingServiceRequest|Issue Time of Imaging Service Request
00402006|SH||R|PlacerOrderNumberImagingServiceRequestRetired|Placer Order Number / Imaging Service Request (Retired)
00402007|SH||R|FillerOrderNumberImagingServiceRequestRetired|Filler Order Number / Imaging Service Request (Retired)
00402008|PN|||OrderEnteredBy|
00402009|SH|||OrderEntererLocation|Order Enterer's Location
00402010|SH|||OrderCallbackPhoneNumber|
00402011|LT|||OrderCallbackTelecomInformation|
00402016|LO|||PlacerOrderNumberImagingServiceRequest|Placer Order Number / Imaging Service Request
00402017|LO|||FillerOrderNumberImagingServiceRequest|Filler Order Number / Imaging Service Request
00402400|LT|||ImagingServiceRequestComments|
00403001|LO|||ConfidentialityConstraintOnPatientDataDescription|Confidentiality Constraint on Patient Data Description
00404001|CS||R|GeneralPurposeScheduledProcedureStepStatus|
00404002|CS||R|GeneralPurposePerformedProcedureStepStatus|
00404003|CS||R|GeneralPurposeScheduledProcedureStepPriority|
00404004|SQ||R|ScheduledProcessingApplicationsCodeSequence|
00404005|DT|||ScheduledProcedureStepStartDateTime|Scheduled Procedure Step Start DateTime
00404006|CS||R|MultipleCopiesFlag|
00404007|SQ||R|PerformedProcessingApplicationsCodeSequence|
00404008|DT|||ScheduledProcedureStepExpirationDateTime|Scheduled Procedure Step Expiration DateTime
00404009|SQ|||HumanPerformerCodeSequence|
00404010|DT|||ScheduledProcedureStepModificationDateTime|Scheduled Procedure Step Modification DateTime
00404011|DT|||ExpectedCompletionDateTime|Expected Completion DateTime
00404015|SQ||R|ResultingGeneralPurposePerformedProcedureStepsSequence|
00404016|SQ||R|ReferencedGeneralPurposeScheduledProcedureStepSequence|
00404018|SQ|||ScheduledWorkitemCodeSequence|
00404019|SQ|||PerformedWorkitemCodeSequence|
00404020|CS||R|InputAvailabilityFlag|
00404021|SQ|||InputInformationSequence|
00404022|SQ||R|RelevantInformationSequence|
00404023|UI||R|ReferencedGeneralPurposeScheduledProcedureStepTransactionUID|
00404025|SQ|||ScheduledStationNameCodeSequence|
00404026|SQ|||ScheduledStationClassCodeSequence|
00404027|SQ|||ScheduledStationGeographicLocationCodeSequence|
00404028|SQ|||PerformedStationNameCodeSequence|
00404029|SQ|||PerformedStationClassCodeSequence|
00404030|SQ|||PerformedStationGeographicLocationCodeSequence|
00404031|SQ||R|RequestedSubsequentWorkitemCodeSequence|
00404032|SQ||R|NonDICOMOutputCodeSequence|Non-DICOM Output Code Sequence
00404033|SQ|||OutputInformationSequence|
00404034|SQ|||ScheduledHumanPerformersSequence|
00404035|SQ|||ActualHumanPerformersSequence|
00404036|LO|||HumanPerformerOrganization|Human Performer's Organization
00404037|PN|||HumanPerformerName|Human Performer's Name
00404040|CS|||RawDataHandling|
00404041|CS|||InputReadinessState|
00404050|DT|||PerformedProcedureStepStartDateTime|Performed Procedure Step Start DateTime
00404051|DT|||PerformedProcedureStepEndDateTime|Performed Procedure Step End DateTime
00404052|DT|||ProcedureStepCancellationDateTime|Procedure Step Cancellation DateTime
00404070|SQ|||OutputDestinationSequence|
00404071|SQ|||DICOMStorageSequence|
00404072|SQ|||STOWRSStorageSequence|STOW-RS Storage Sequence
00404073|UR|||StorageURL|
00404074|SQ|||XDSStorageSequence|
00408302|DS|||EntranceDoseInmGy|Entrance Dose in mGy
00408303|CS|||EntranceDoseDerivation|
00409092|SQ|||ParametricMapFrameTypeSequence|
00409094|SQ|||ReferencedImageRealWorldValueMappingSequence|
00409096|SQ|||RealWorldValueMappingSequence|
00409098|SQ|||PixelValueMappingCodeSequence|
00409210|SH|||LUTLabel|
00409211|US/SS|||RealWorldValueLastValueMapped|
00409212|FD|1-n||RealWorldValueLUTData|
00409213|FD|||DoubleFloatRealWorldValueLastValueMapped|
00409214|FD|||DoubleFloatRealWorldValueFirstValueMapped|
00409216|US/SS|||RealWorldValueFirstValueMapped|
00409220|SQ|||QuantityDefinitionSequence|
00409224|FD|||RealWorldValueIntercept|
00409225|FD|||RealWorldValueSlope|
0040a007|CS||R|FindingsFlagTrial|Findings Flag (Trial)
0040a010|CS|||RelationshipType|
0040a020|SQ||R|FindingsSequenceTrial|Findings Sequence (Trial)
0040a021|UI||R|FindingsGroupUIDTrial|Findings Group UID (Trial)
0040a022|UI||R|ReferencedFindingsGroupUIDTrial|Referenced Findings Group UID (Trial)
0040a023|DA||R|FindingsGroupRecordingDateTrial|Findings Group Recording Date (Trial)
0040a024|TM||R|FindingsGroupRecordingTimeTrial|Findings Group Recording Time (Trial)
0040a026|SQ||R|FindingsSourceCategoryCodeSequenceTrial|Findings Source Category Code Sequence (Trial)
0040a027|LO|||VerifyingOrganization|
0040a028|SQ||R|DocumentingOrganizationIdentifierCodeSequenceTrial|Documenting Organization Identifier Code Sequence (Trial)
0040a030|DT|||VerificationDateTime|Verification DateTime
0040a032|DT|||ObservationDateTime|Observation DateTime
0040a033|DT|||ObservationStartDateTime|Observation Start DateTime
0040a040|CS|||ValueType|
0040a043|SQ|||ConceptNameCodeSequence|
0040a047|LO||R|MeasurementPrecisionDescriptionTrial|Measurement Precision Description (Trial)
0040a050|CS|||ContinuityOfContent|
0040a057|CS|1-n|R|UrgencyOrPriorityAlertsTrial|Urgency or Priority Alerts (Trial)
0040a060|LO||R|SequencingIndicatorTrial|Sequencing Indicator (Trial)
0040a066|SQ||R|DocumentIdentifierCodeSequenceTrial|Document Identifier Code Sequence (Trial)
0040a067|PN||R|DocumentAuthorTrial|Document Author (Trial)
0040a068|SQ||R|DocumentAuthorIdentifierCodeSequenceTrial|Document Author Identifier Code Sequence (Trial)
0040a070|SQ||R|IdentifierCodeSequenceTrial|Identifier Code Sequence (Trial)
0040a073|SQ|||VerifyingObserverSequence|
0040a074|OB||R|ObjectBinaryIdentifierTrial|Object Binary Identifier (Trial)
0040a075|PN|||VerifyingObserverName|
0040a076|SQ||R|DocumentingObserverIdentifierCodeSequenceTrial|Documenting Observer Identifier Code Sequence (Trial)
0040a078|SQ|||AuthorObserverSequence|
0040a07a|SQ|||ParticipantSequence|
0040a07c|SQ|||CustodialOrganizationSequence|
0040a080|CS|||ParticipationType|
0040a082|DT|||ParticipationDateTime|Participation DateTime
0040a084|CS|||ObserverType|
0040a085|SQ||R|ProcedureIdentifierCodeSequenceTrial|Procedure Identifier Code Sequence (Trial)
0040a088|SQ|||VerifyingObserverIdentificationCodeSequence|
0040a089|OB||R|ObjectDirectoryBinaryIdentifierTrial|Object Directory Binary Identifier (Trial)
0040a090|SQ||R|EquivalentCDADocumentSequence|
0040a0b0|US|2-2n||ReferencedWaveformChannels|
0040a110|DA||R|DateOfDocumentOrVerbalTransactionTrial|Date of Document or Verbal Transaction (Trial)
0040a112|TM||R|TimeOfDocumentCreationOrVerbalTransactionTrial|Time of Document Creation or Verbal Transaction (Trial)
0040a120|DT|||DateTime|DateTime
0040a121|DA|||Date|
0040a122|TM|||Time|
0040a123|PN|||PersonName|
0040a124|UI|||UID|
0040a125|CS|2|R|ReportStatusIDTrial|Report Status ID (Trial)
0040a130|CS|||TemporalRangeType|
0040a132|UL|1-n||ReferencedSamplePositions|
0040a136|US|1-n|R|ReferencedFrameNumbers|
0040a138|DS|1-n||ReferencedTimeOffsets|
0040a13a|DT|1-n||ReferencedDateTime|Referenced DateTime
0040a160|UT|||TextValue|
0040a161|FD|1-n||FloatingPointValue|
0040a162|SL|1-n||RationalNumeratorValue|
0040a163|UL|1-n||RationalDenominatorValue|
0040a167|SQ||R|ObservationCategoryCodeSequenceTrial|Observation Category Code Sequence (Trial)
0040a168|SQ|||ConceptCodeSequence|
0040a16a|ST||R|BibliographicCitationTrial|Bibliographic Citation (Trial)
0040a170|SQ|||PurposeOfReferenceCodeSequence|Purpose of Reference Code Sequence
0040a171|UI|||ObservationUID|
0040a172|UI||R|ReferencedObservationUIDTrial|Referenced Observation UID (Trial)
0040a173|CS||R|ReferencedObservationClassTrial|Referenced Observation Class (Trial)
0040a174|CS||R|ReferencedObjectObservationClassTrial|Referenced Object Observation Class (Trial)
0040a180|US|||AnnotationGroupNumber|
0040a192|DA||R|ObservationDateTrial|Observation Date (Trial)
0040a193|TM||R|ObservationTimeTrial|Observation Time (Trial)
0040a194|CS||R|MeasurementAutomationTrial|Measurement Automation (Trial)
0040a195|SQ|||ModifierCodeSequence|
0040a224|ST||R|IdentificationDescriptionTrial|Identification Description (Trial)
0040a290|CS||R|CoordinatesSetGeometricTypeTrial|Coordinates Set Geometric Type (Trial)
0040a296|SQ||R|AlgorithmCodeSequenceTrial|Algorithm Code Sequence (Trial)
0040a297|ST||R|AlgorithmDescriptionTrial|Algorithm Description (Trial)
0040a29a|SL|2-2n|R|PixelCoordinatesSetTrial|Pixel Coordinates Set (Trial)
0040a300|SQ|||MeasuredValueSequence|
0040a301|SQ|||NumericValueQualifierCodeSequence|
0040a307|PN||R|CurrentObserverTrial|Current Observer (Trial)
0040a30a|DS|1-n||NumericValue|
0040a313|SQ||R|ReferencedAccessionSequenceTrial|Referenced Accession Sequence (Trial)
0040a33a|ST||R|ReportStatusCommentTrial|Report Status Comment (Trial)
0040a340|SQ||R|ProcedureContextSequenceTrial|Procedure Context Sequence (Trial)
0040a352|PN||R|VerbalSourceTrial|Verbal Source (Trial)
0040a353|ST||R|AddressTrial|Address (Trial)
0040a354|LO||R|TelephoneNumberTrial|Telephone Number (Trial)
0040a358|SQ||R|VerbalSourceIdentifierCodeSequenceTrial|Verbal Source Identifier Code Sequence (Trial)
0040a360|SQ|||PredecessorDocumentsSequence|
0040a370|SQ|||ReferencedRequestSequence|
0040a372|SQ|||PerformedProcedureCodeSequence|
0040a375|SQ|||CurrentRequestedProcedureEvidenceSequence|
0040a380|SQ||R|ReportDetailSequenceTrial|Report Detail Sequence (Trial)
0040a385|SQ|||PertinentOtherEvidenceSequence|
0040a390|SQ|||HL7StructuredDocumentReferenceSequence|
0040a402|UI||R|ObservationSubjectUIDTrial|Observation Subject UID (Trial)
0040a403|CS||R|ObservationSubjectClassTrial|Observation Subject Class (Trial)
0040a404|SQ||R|ObservationSubjectTypeCodeSequenceTrial|Observation Subject Type Code Sequence (Trial)
0040a491|CS|||CompletionFlag|
0040a492|LO|||CompletionFlagDescription|
0040a493|CS|||VerificationFlag|
0040a494|CS|||ArchiveRequested|
0040a496|CS|||PreliminaryFlag|
0040a504|SQ|||ContentTemplateSequence|
0040a525|SQ|||IdenticalDocumentsSequence|
0040a600|CS||R|ObservationSubjectContextFlagTrial|Observation Subject Context Flag (Trial)
0040a601|CS||R|ObserverContextFlagTrial|Observer Context Flag (Trial)
0040a603|CS||R|ProcedureContextFlagTrial|Procedure Context Flag (Trial)
0040a730|SQ|||ContentSequence|
0040a731|SQ||R|RelationshipSequenceTrial|Relationship Sequence (Trial)
0040a732|SQ||R|RelationshipTypeCodeSequenceTrial|Relationship Type Code Sequence (Trial)
0040a744|SQ||R|LanguageCodeSequenceTrial|Language Code Sequence (Trial)
0040a801|SQ|||TabulatedValuesSequence|
0040a802|UL|||NumberOfTableRows|Number of Table Rows
0040a803|UL|||NumberOfTableColumns|Number of Table Columns
0040a804|UL|||TableRowNumber|
0040a805|UL|||TableColumnNumber|
0040a806|SQ|||TableRowDefinitionSequence|
0040a807|SQ|||TableColumnDefinitionSequence|
0040a808|SQ|||CellValuesSequence|
0040a992|ST||R|UniformResourceLocatorTrial|Uniform Resource Locator (Trial)
0040b020|SQ|||WaveformAnnotationSequence|
0040db00|CS|||TemplateIdentifier|
0040db06|DT||R|TemplateVersion|
0040db07|DT||R|TemplateLocalVersion|
0040db0b|CS||R|TemplateExtensionFlag|
0040db0c|UI||R|TemplateExtensionOrganizationUID|
0040db0d|UI||R|TemplateExtensionCreatorUID|
0040db73|UL|1-n||ReferencedContentItemIdentifier|
0040e001|ST|||HL7InstanceIdentifier|
0040e004|DT|||HL7DocumentEffectiveTime|
0040e006|SQ|||HL7DocumentTypeCodeSequence|
0040e008|SQ|||DocumentClassCodeSequence|
0040e010|UR|||RetrieveURI|
0040e011|UI|||RetrieveLocationUID|
0040e020|CS|||TypeOfInstances|Type of Instances
0040e021|SQ|||DICOMRetrievalSequence|
0040e022|SQ|||DICOMMediaRetrievalSequence|
0040e023|SQ|||WADORetrievalSequence|
0040e024|SQ|||XDSRetrievalSequence|
0040e025|SQ|||WADORSRetrievalSequence|WADO-RS Retrieval Sequence
0040e030|UI|||RepositoryUniqueID|
0040e031|UI|||HomeCommunityID|
00420010|ST|||DocumentTitle|
00420011|OB|||EncapsulatedDocument|
00420012|LO|||MIMETypeOfEncapsulatedDocument|MIME Type of Encapsulated Document
00420013|SQ|||SourceInstanceSequence|
00420014|LO|1-n||ListOfMIMETypes|List of MIME Types
00420015|UL|||EncapsulatedDocumentLength|
00440001|ST|||ProductPackageIdentifier|
00440002|CS|||SubstanceAdministrationApproval|
00440003|LT|||ApprovalStatusFurtherDescription|
00440004|DT|||ApprovalStatusDateTime|Approval Status DateTime
00440007|SQ|||ProductTypeCodeSequence|
00440008|LO|1-n||ProductName|
00440009|LT|||ProductDescription|
0044000a|LO|||ProductLotIdentifier|
0044000b|DT|||ProductExpirationDateTime|Product Expiration DateTime
00440010|DT|||SubstanceAdministrationDateTime|Substance Administration DateTime
00440011|LO|||SubstanceAdministrationNotes|
00440012|LO|||SubstanceAdministrationDeviceID|
00440013|SQ|||ProductParameterSequence|
00440019|SQ|||SubstanceAdministrationParameterSequence|
00440100|SQ|||ApprovalSequence|
00440101|SQ|||AssertionCodeSequence|
00440102|UI|||AssertionUID|
00440103|SQ|||AsserterIdentificationSequence|
00440104|DT|||AssertionDateTime|Assertion DateTime
00440105|DT|||AssertionExpirationDateTime|Assertion Expiration DateTime
00440106|UT|||AssertionComments|
00440107|SQ|||RelatedAssertionSequence|
00440108|UI|||ReferencedAssertionUID|
00440109|SQ|||ApprovalSubjectSequence|
0044010a|SQ|||OrganizationalRoleCodeSequence|
00460012|LO|||LensDescription|
00460014|SQ|||RightLensSequence|
00460015|SQ|||LeftLensSequence|
00460016|SQ|||UnspecifiedLateralityLensSequence|
00460018|SQ|||CylinderSequence|
00460028|SQ|||PrismSequence|
00460030|FD|||HorizontalPrismPower|
00460032|CS|||HorizontalPrismBase|
00460034|FD|||VerticalPrismPower|
00460036|CS|||VerticalPrismBase|
00460038|CS|||LensSegmentType|
00460040|FD|||OpticalTransmittance|
00460042|FD|||ChannelWidth|
00460044|FD|||PupilSize|
00460046|FD|||CornealSize|
00460047|SQ|||CornealSizeSequence|
00460050|SQ|||AutorefractionRightEyeSequence|
00460052|SQ|||AutorefractionLeftEyeSequence|
00460060|FD|||DistancePupillaryDistance|
00460062|FD|||NearPupillaryDistance|
00460063|FD|||IntermediatePupillaryDistance|
00460064|FD|||OtherPupillaryDistance|
00460070|SQ|||KeratometryRightEyeSequence|
00460071|SQ|||KeratometryLeftEyeSequence|
00460074|SQ|||SteepKeratometricAxisSequence|
00460075|FD|||RadiusOfCurvature|Radius of Curvature
00460076|FD|||KeratometricPower|
00460077|FD|||KeratometricAxis|
00460080|SQ|||FlatKeratometricAxisSequence|
00460092|CS|||BackgroundColor|
00460094|CS|||Optotype|
00460095|CS|||OptotypePresentation|
00460097|SQ|||SubjectiveRefractionRightEyeSequence|
00460098|SQ|||SubjectiveRefractionLeftEyeSequence|
00460100|SQ|||AddNearSequence|
00460101|SQ|||AddIntermediateSequence|
00460102|SQ|||AddOtherSequence|
00460104|FD|||AddPower|
00460106|FD|||ViewingDistance|
00460110|SQ|||CorneaMeasurementsSequence|
00460111|SQ|||SourceOfCorneaMeasurementDataCodeSequence|Source of Cornea Measurement Data Code Sequence
00460112|SQ|||SteepCornealAxisSequence|
00460113|SQ|||FlatCornealAxisSequence|
00460114|FD|||CornealPower|
00460115|FD|||CornealAxis|
00460116|SQ|||CorneaMeasurementMethodCodeSequence|
00460117|FL|||RefractiveIndexOfCornea|Refractive Index of Cornea
00460118|FL|||RefractiveIndexOfAqueousHumor|Refractive Index of Aqueous Humor
00460121|SQ|||VisualAcuityTypeCodeSequence|
00460122|SQ|||VisualAcuityRightEyeSequence|
00460123|SQ|||VisualAcuityLeftEyeSequence|
00460124|SQ|||VisualAcuityBothEyesOpenSequence|
00460125|CS|||ViewingDistanceType|
00460135|SS|2||VisualAcuityModifiers|
00460137|FD|||DecimalVisualAcuity|
00460139|LO|||OptotypeDetailedDefinition|
00460145|SQ|||ReferencedRefractiveMeasurementsSequence|
00460146|FD|||SpherePower|
00460147|FD|||CylinderPower|
00460201|CS|||CornealTopographySurface|
00460202|FL|2||CornealVertexLocation|
00460203|FL|||PupilCentroidXCoordinate|Pupil Centroid X-Coordinate
00460204|FL|||PupilCentroidYCoordinate|Pupil Centroid Y-Coordinate
00460205|FL|||EquivalentPupilRadius|
00460207|SQ|||CornealTopographyMapTypeCodeSequence|
00460208|IS|2-2n||VerticesOfTheOutlineOfPupil|Vertices of the Outline of Pupil
00460210|SQ|||CornealTopographyMappingNormalsSequence|
00460211|SQ|||MaximumCornealCurvatureSequence|
00460212|FL|||MaximumCornealCurvature|
00460213|FL|2||MaximumCornealCurvatureLocation|
00460215|SQ|||MinimumKeratometricSequence|
00460218|SQ|||SimulatedKeratometricCylinderSequence|
00460220|FL|||AverageCornealPower|
00460224|FL|||CornealISValue|Corneal I-S Value
00460227|FL|||AnalyzedArea|
00460230|FL|||SurfaceRegularityIndex|
00460232|FL|||SurfaceAsymmetryIndex|
00460234|FL|||CornealEccentricityIndex|
00460236|FL|||KeratoconusPredictionIndex|
00460238|FL|||DecimalPotentialVisualAcuity|
00460242|CS|||CornealTopographyMapQualityEvaluation|
00460244|SQ|||SourceImageCornealProcessedDataSequence|
00460247|FL|3||CornealPointLocation|
00460248|CS|||CornealPointEstimated|
00460249|FL|||AxialPower|
00460250|FL|||TangentialPower|
00460251|FL|||RefractivePower|
00460252|FL|||RelativeElevation|
00460253|FL|||CornealWavefront|
00480001|FL|||ImagedVolumeWidth|
00480002|FL|||ImagedVolumeHeight|
00480003|FL|||ImagedVolumeDepth|
00480006|UL|||TotalPixelMatrixColumns|
00480007|UL|||TotalPixelMatrixRows|
00480008|SQ|||TotalPixelMatrixOriginSequence|
00480010|CS|||SpecimenLabelInImage|Specimen Label in Image
00480011|CS|||FocusMethod|
00480012|CS|||ExtendedDepthOfField|Extended Depth of Field
00480013|US|||NumberOfFocalPlanes|Number of Focal Planes
00480014|FL|||DistanceBetweenFocalPlanes|
00480015|US|3||RecommendedAbsentPixelCIELabValue|Recommended Absent Pixel CIELab Value
00480100|SQ|||IlluminatorTypeCodeSequence|
00480102|DS|6||ImageOrientationSlide|Image Orientation (Slide)
00480105|SQ|||OpticalPathSequence|
00480106|SH|||OpticalPathIdentifier|
00480107|ST|||OpticalPathDescription|
00480108|SQ|||IlluminationColorCodeSequence|
00480110|SQ|||SpecimenReferenceSequence|
00480111|DS|||CondenserLensPower|
00480112|DS|||ObjectiveLensPower|
00480113|DS|||ObjectiveLensNumericalAperture|
00480114|CS|||ConfocalMode|
00480115|CS|||TissueLocation|
00480116|SQ|||ConfocalMicroscopyImageFrameTypeSequence|
00480117|FD|||ImageAcquisitionDepth|
00480120|SQ|||PaletteColorLookupTableSequence|
00480200|SQ||R|ReferencedImageNavigationSequence|
00480201|US|2|R|TopLeftHandCornerOfLocalizerArea|Top Left Hand Corner of Localizer Area
00480202|US|2|R|BottomRightHandCornerOfLocalizerArea|Bottom Right Hand Corner of Localizer Area
00480207|SQ|||OpticalPathIdentificationSequence|
0048021a|SQ|||PlanePositionSlideSequence|Plane Position (Slide) Sequence
0048021e|SL|||ColumnPositionInTotalImagePixelMatrix|
0048021f|SL|||RowPositionInTotalImagePixelMatrix|
00480301|CS|||PixelOriginInterpretation|
00480302|UL|||NumberOfOpticalPaths|Number of Optical Paths
00480303|UL|||TotalPixelMatrixFocalPlanes|
00500004|CS|||CalibrationImage|
00500010|SQ|||DeviceSequence|
00500012|SQ|||ContainerComponentTypeCodeSequence|
00500013|FD|||ContainerComponentThickness|
00500014|DS|||DeviceLength|
00500015|FD|||ContainerComponentWidth|
00500016|DS|||DeviceDiameter|
00500017|CS|||DeviceDiameterUnits|
00500018|DS|||DeviceVolume|
00500019|DS|||InterMarkerDistance|Inter-Marker Distance
0050001a|CS|||ContainerComponentMaterial|
0050001b|LO|||ContainerComponentID|
0050001c|FD|||ContainerComponentLength|
0050001d|FD|||ContainerComponentDiameter|
0050001e|LO|||ContainerComponentDescription|
00500020|LO|||DeviceDescription|
00500021|ST|||LongDeviceDescription|
00520001|FL|||ContrastBolusIngredientPercentByVolume|Contrast/Bolus Ingredient Percent by Volume
00520002|FD|||OCTFocalDistance|
00520003|FD|||BeamSpotSize|
00520004|FD|||EffectiveRefractiveIndex|
00520006|CS|||OCTAcquisitionDomain|
00520007|FD|||OCTOpticalCenterWavelength|
00520008|FD|||AxialResolution|
00520009|FD|||RangingDepth|
00520011|FD|||ALineRate|A-line Rate
00520012|US|||ALinesPerFrame|A-lines Per Frame
00520013|FD|||CatheterRotationalRate|
00520014|FD|||ALinePixelSpacing|A-line Pixel Spacing
00520016|SQ|||ModeOfPercutaneousAccessSequence|Mode of Percutaneous Access Sequence
00520025|SQ|||IntravascularOCTFrameTypeSequence|
00520026|CS|||OCTZOffsetApplied|OCT Z Offset Applied
00520027|SQ|||IntravascularFrameContentSequence|
00520028|FD|||IntravascularLongitudinalDistance|
00520029|SQ|||IntravascularOCTFrameContentSequence|
00520030|SS|||OCTZOffsetCorrection|OCT Z Offset Correction
00520031|CS|||CatheterDirectionOfRotation|Catheter Direction of Rotation
00520033|FD|||SeamLineLocation|
00520034|FD|||FirstALineLocation|First A-line Location
00520036|US|||SeamLineIndex|
00520038|US|||NumberOfPaddedALines|Number of Padded A-lines
00520039|CS|||InterpolationType|
0052003a|CS|||RefractiveIndexApplied|
00540010|US|1-n||EnergyWindowVector|
00540011|US|||NumberOfEnergyWindows|Number of Energy Windows
00540012|SQ|||EnergyWindowInformationSequence|
00540013|SQ|||EnergyWindowRangeSequence|
00540014|DS|||EnergyWindowLowerLimit|
00540015|DS|||EnergyWindowUpperLimit|
00540016|SQ|||RadiopharmaceuticalInformationSequence|
00540017|IS|||ResidualSyringeCounts|
00540018|SH|||EnergyWindowName|
00540020|US|1-n||DetectorVector|
00540021|US|||NumberOfDetectors|Number of Detectors
00540022|SQ|||DetectorInformationSequence|
00540030|US|1-n||PhaseVector|
00540031|US|||NumberOfPhases|Number of Phases
00540032|SQ|||PhaseInformationSequence|
00540033|US|||NumberOfFramesInPhase|Number of Frames in Phase
00540036|IS|||PhaseDelay|
00540038|IS|||PauseBetweenFrames|
00540039|CS|||PhaseDescription|
00540050|US|1-n||RotationVector|
00540051|US|||NumberOfRotations|Number of Rotations
00540052|SQ|||RotationInformationSequence|
00540053|US|||NumberOfFramesInRotation|Number of Frames in Rotation
00540060|US|1-n||RRIntervalVector|R-R Interval Vector
00540061|US|||NumberOfRRIntervals|Number of R-R Intervals
00540062|SQ|||GatedInformationSequence|
00540063|SQ|||DataInformationSequence|
00540070|US|1-n||TimeSlotVector|
00540071|US|||NumberOfTimeSlots|Number of Time Slots
00540072|SQ|||TimeSlotInformationSequence|
00540073|DS|||TimeSlotTime|
00540080|US|1-n||SliceVector|
00540081|US|||NumberOfSlices|Number of Slices
00540090|US|1-n||AngularViewVector|
00540100|US|1-n||TimeSliceVector|
00540101|US|||NumberOfTimeSlices|Number of Time Slices
00540200|DS|||StartAngle|
00540202|CS|||TypeOfDetectorMotion|Type of Detector Motion
00540210|IS|1-n||TriggerVector|
00540211|US|||NumberOfTriggersInPhase|Number of Triggers in Phase
00540220|SQ|||ViewCodeSequence|
00540222|SQ|||ViewModifierCodeSequence|
00540300|SQ|||RadionuclideCodeSequence|
00540302|SQ|||AdministrationRouteCodeSequence|
00540304|SQ|||RadiopharmaceuticalCodeSequence|
00540306|SQ|||CalibrationDataSequence|
00540308|US|||EnergyWindowNumber|
00540400|SH|||ImageID|
00540410|SQ|||PatientOrientationCodeSequence|
00540412|SQ|||PatientOrientationModifierCodeSequence|
00540414|SQ|||PatientGantryRelationshipCodeSequence|
00540500|CS|||SliceProgressionDirection|
00540501|CS|||ScanProgressionDirection|
00541000|CS|2||SeriesType|
00541001|CS|||Units|
00541002|CS|||CountsSource|
00541004|CS|||ReprojectionMethod|
00541006|CS|||SUVType|
00541100|CS|||RandomsCorrectionMethod|
00541101|LO|||AttenuationCorrectionMethod|
00541102|CS|||DecayCorrection|
00541103|LO|||ReconstructionMethod|
00541104|LO|||DetectorLinesOfResponseUsed|Detector Lines of Response Used
00541105|LO|||ScatterCorrectionMethod|
00541200|DS|||AxialAcceptance|
00541201|IS|2||AxialMash|
00541202|IS|||TransverseMash|
00541203|DS|2||DetectorElementSize|
00541210|DS|||CoincidenceWindowWidth|
00541220|CS|1-n||SecondaryCountsType|
00541300|DS|||FrameReferenceTime|
00541310|IS|||PrimaryPromptsCountsAccumulated|Primary (Prompts) Counts Accumulated
00541311|IS|1-n||SecondaryCountsAccumulated|
00541320|DS|||SliceSensitivityFactor|
00541321|DS|||DecayFactor|
00541322|DS|||DoseCalibrationFactor|
00541323|DS|||ScatterFractionFactor|
00541324|DS|||DeadTimeFactor|
00541330|US|||ImageIndex|
00541400|CS|1-n|R|CountsIncluded|
00541401|CS||R|DeadTimeCorrectionFlag|
00603000|SQ|||HistogramSequence|
00603002|US|||HistogramNumberOfBins|Histogram Number of Bins
00603004|US/SS|||HistogramFirstBinValue|
00603006|US/SS|||HistogramLastBinValue|
00603008|US|||HistogramBinWidth|
00603010|LO|||HistogramExplanation|
00603020|UL|1-n||HistogramData|
00620001|CS|||SegmentationType|
00620002|SQ|||SegmentSequence|
00620003|SQ|||SegmentedPropertyCategoryCodeSequence|
00620004|US|||SegmentNumber|
00620005|LO|||SegmentLabel|
00620006|ST|||SegmentDescription|
00620007|SQ|||SegmentationAlgorithmIdentificationSequence|
00620008|CS|||SegmentAlgorithmType|
00620009|LO|1-n||SegmentAlgorithmName|
0062000a|SQ|||SegmentIdentificationSequence|
0062000b|US|1-n||ReferencedSegmentNumber|
0062000c|US|||RecommendedDisplayGrayscaleValue|
0062000d|US|3||RecommendedDisplayCIELabValue|Recommended Display CIELab Value
0062000e|US|||MaximumFractionalValue|
0062000f|SQ|||SegmentedPropertyTypeCodeSequence|
00620010|CS|||SegmentationFractionalType|
00620011|SQ|||SegmentedPropertyTypeModifierCodeSequence|
00620012|SQ|||UsedSegmentsSequence|
00620013|CS|||SegmentsOverlap|
00620020|UT|||TrackingID|
00620021|UI|||TrackingUID|
00640002|SQ|||DeformableRegistrationSequence|
00640003|UI|||SourceFrameOfReferenceUID|Source Frame of Reference UID
00640005|SQ|||DeformableRegistrationGridSequence|
00640007|UL|3||GridDimensions|
00640008|FD|3||GridResolution|
00640009|OF|||VectorGridData|
0064000f|SQ|||PreDeformationMatrixRegistrationSequence|
00640010|SQ|||PostDeformationMatrixRegistrationSequence|
00660001|UL|||NumberOfSurfaces|Number of Surfaces
00660002|SQ|||SurfaceSequence|
00660003|UL|||SurfaceNumber|
00660004|LT|||SurfaceComments|
00660009|CS|||SurfaceProcessing|
0066000a|FL|||SurfaceProcessingRatio|
0066000b|LO|||SurfaceProcessingDescription|
0066000c|FL|||RecommendedPresentationOpacity|
0066000d|CS|||RecommendedPresentationType|
0066000e|CS|||FiniteVolume|
00660010|CS|||Manifold|
00660011|SQ|||SurfacePointsSequence|
00660012|SQ|||SurfacePointsNormalsSequence|
00660013|SQ|||SurfaceMeshPrimitivesSequence|
00660015|UL|||NumberOfSurfacePoints|Number of Surface Points
00660016|OF|||PointCoordinatesData|
00660017|FL|3||PointPositionAccuracy|
00660018|FL|||MeanPointDistance|
00660019|FL|||MaximumPointDistance|
0066001a|FL|6||PointsBoundingBoxCoordinates|
0066001b|FL|3||AxisOfRotation|Axis of Rotation
0066001c|FL|3||CenterOfRotation|Center of Rotation
0066001e|UL|||NumberOfVectors|Number of Vectors
0066001f|US|||VectorDimensionality|
00660020|FL|1-n||VectorAccuracy|
00660021|OF|||VectorCoordinateData|
00660022|OD|||DoublePointCoordinatesData|
00660023|OW||R|TrianglePointIndexList|
00660024|OW||R|EdgePointIndexList|
00660025|OW||R|VertexPointIndexList|
00660026|SQ|||TriangleStripSequence|
00660027|SQ|||TriangleFanSequence|
00660028|SQ|||LineSequence|
00660029|OW||R|PrimitivePointIndexList|
0066002a|UL|||SurfaceCount|
0066002b|SQ|||ReferencedSurfaceSequence|
0066002c|UL|||ReferencedSurfaceNumber|
0066002d|SQ|||SegmentSurfaceGenerationAlgorithmIdentificationSequence|
0066002e|SQ|||SegmentSurfaceSourceInstanceSequence|
0066002f|SQ|||AlgorithmFamilyCodeSequence|
00660030|SQ|||AlgorithmNameCodeSequence|
00660031|LO|||AlgorithmVersion|
00660032|LT|||AlgorithmParameters|
00660034|SQ|||FacetSequence|
00660035|SQ|||SurfaceProcessingAlgorithmIdentificationSequence|
00660036|LO|||AlgorithmName|
00660037|FL|||RecommendedPointRadius|
00660038|FL|||RecommendedLineThickness|
00660040|OL|||LongPrimitivePointIndexList|
00660041|OL|||LongTrianglePointIndexList|
00660042|OL|||LongEdgePointIndexList|
00660043|OL|||LongVertexPointIndexList|
00660101|SQ|||TrackSetSequence|
00660102|SQ|||TrackSequence|
00660103|OW|||RecommendedDisplayCIELabValueList|Recommended Display CIELab Value List
00660104|SQ|||TrackingAlgorithmIdentificationSequence|
00660105|UL|||TrackSetNumber|
00660106|LO|||TrackSetLabel|
00660107|UT|||TrackSetDescription|
00660108|SQ|||TrackSetAnatomicalTypeCodeSequence|
00660121|SQ|||MeasurementsSequence|
00660124|SQ|||TrackSetStatisticsSequence|
00660125|OF|||FloatingPointValues|
00660129|OL|||TrackPointIndexList|
00660130|SQ|||TrackStatisticsSequence|
00660132|SQ|||MeasurementValuesSequence|
00660133|SQ|||DiffusionAcquisitionCodeSequence|
00660134|SQ|||DiffusionModelCodeSequence|
00686210|LO|||ImplantSize|
00686221|LO|||ImplantTemplateVersion|
00686222|SQ|||ReplacedImplantTemplateSequence|
00686223|CS|||ImplantType|
00686224|SQ|||DerivationImplantTemplateSequence|
00686225|SQ|||OriginalImplantTemplateSequence|
00686226|DT|||EffectiveDateTime|Effective DateTime
00686230|SQ|||ImplantTargetAnatomySequence|
00686260|SQ|||InformationFromManufacturerSequence|
00686265|SQ|||NotificationFromManufacturerSequence|
00686270|DT|||InformationIssueDateTime|Information Issue DateTime
00686280|ST|||InformationSummary|
006862a0|SQ|||ImplantRegulatoryDisapprovalCodeSequence|
006862a5|FD|||OverallTemplateSpatialTolerance|
006862c0|SQ|||HPGLDocumentSequence|
006862d0|US|||HPGLDocumentID|
006862d5|LO|||HPGLDocumentLabel|
006862e0|SQ|||ViewOrientationCodeSequence|
006862f0|SQ|||ViewOrientationModifierCodeSequence|
006862f2|FD|||HPGLDocumentScaling|
00686300|OB|||HPGLDocument|
00686310|US|||HPGLContourPenNumber|
00686320|SQ|||HPGLPenSequence|
00686330|US|||HPGLPenNumber|
00686340|LO|||HPGLPenLabel|
00686345|ST|||HPGLPenDescription|
00686346|FD|2||RecommendedRotationPoint|
00686347|FD|4||BoundingRectangle|
00686350|US|1-n||ImplantTemplate3DModelSurfaceNumber|Implant Template 3D Model Surface Number
00686360|SQ|||SurfaceModelDescriptionSequence|
00686380|LO|||SurfaceModelLabel|
00686390|FD|||SurfaceModelScalingFactor|
006863a0|SQ|||MaterialsCodeSequence|
006863a4|SQ|||CoatingMaterialsCodeSequence|
006863a8|SQ|||ImplantTypeCodeSequence|
006863ac|SQ|||FixationMethodCodeSequence|
006863b0|SQ|||MatingFeatureSetsSequence|
006863c0|US|||MatingFeatureSetID|
006863d0|LO|||MatingFeatureSetLabel|
006863e0|SQ|||MatingFeatureSequence|
006863f0|US|||MatingFeatureID|
00686400|SQ|||MatingFeatureDegreeOfFreedomSequence|Mating Feature Degree of Freedom Sequence
00686410|US|||DegreeOfFreedomID|Degree of Freedom ID
00686420|CS|||DegreeOfFreedomType|Degree of Freedom Type
00686430|SQ|||TwoDMatingFeatureCoordinatesSequence|2D Mating Feature Coordinates Sequence
00686440|US|||ReferencedHPGLDocumentID|
00686450|FD|2||TwoDMatingPoint|2D Mating Point
00686460|FD|4||TwoDMatingAxes|2D Mating Axes
00686470|SQ|||TwoDDegreeOfFreedomSequence|2D Degree of Freedom Sequence
00686490|FD|3||ThreeDDegreeOfFreedomAxis|3D Degree of Freedom Axis
006864a0|FD|2||RangeOfFreedom|Range of Freedom
006864c0|FD|3||ThreeDMatingPoint|3D Mating Point
006864d0|FD|9||ThreeDMatingAxes|3D Mating Axes
006864f0|FD|3||TwoDDegreeOfFreedomAxis|2D Degree of Freedom Axis
00686500|SQ|||PlanningLandmarkPointSequence|
00686510|SQ|||PlanningLandmarkLineSequence|
00686520|SQ|||PlanningLandmarkPlaneSequence|
00686530|US|||PlanningLandmarkID|
00686540|LO|||PlanningLandmarkDescription|
00686545|SQ|||PlanningLandmarkIdentificationCodeSequence|
00686550|SQ|||TwoDPointCoordinatesSequence|2D Point Coordinates Sequence
00686560|FD|2||TwoDPointCoordinates|2D Point Coordinates
00686590|FD|3||ThreeDPointCoordinates|3D Point Coordinates
006865a0|SQ|||TwoDLineCoordinatesSequence|2D Line Coordinates Sequence
006865b0|FD|4||TwoDLineCoordinates|2D Line Coordinates
006865d0|FD|6||ThreeDLineCoordinates|3D Line Coordinates
006865e0|SQ|||TwoDPlaneCoordinatesSequence|2D Plane Coordinates Sequence
006865f0|FD|4||TwoDPlaneIntersection|2D Plane Intersection
00686610|FD|3||ThreeDPlaneOrigin|3D Plane Origin
00686620|FD|3||ThreeDPlaneNormal|3D Plane Normal
00687001|CS|||ModelModification|
00687002|CS|||ModelMirroring|
00687003|SQ|||ModelUsageCodeSequence|
00687004|UI|||ModelGroupUID|
00687005|UR|||RelativeURIReferenceWithinEncapsulatedDocument|
006a0001|CS|||AnnotationCoordinateType|
006a0002|SQ|||AnnotationGroupSequence|
006a0003|UI|||AnnotationGroupUID|
006a0005|LO|||AnnotationGroupLabel|
006a0006|UT|||AnnotationGroupDescription|
006a0007|CS|||AnnotationGroupGenerationType|
006a0008|SQ|||AnnotationGroupAlgorithmIdentificationSequence|
006a0009|SQ|||AnnotationPropertyCategoryCodeSequence|
006a000a|SQ|||AnnotationPropertyTypeCodeSequence|
006a000b|SQ|||AnnotationPropertyTypeModifierCodeSequence|
006a000c|UL|||NumberOfAnnotations|Number of Annotations
006a000d|CS|||AnnotationAppliesToAllOpticalPaths|Annotation Applies to All Optical Paths
006a000e|SH|1-n||ReferencedOpticalPathIdentifier|
006a000f|CS|||AnnotationAppliesToAllZPlanes|Annotation Applies to All Z Planes
006a0010|FD|1-n||CommonZCoordinateValue|
006a0011|OL|||AnnotationIndexList|
00700001|SQ|||GraphicAnnotationSequence|
00700002|CS|||GraphicLayer|
00700003|CS|||BoundingBoxAnnotationUnits|
00700004|CS|||AnchorPointAnnotationUnits|
00700005|CS|||GraphicAnnotationUnits|
00700006|ST|||UnformattedTextValue|
00700008|SQ|||TextObjectSequence|
00700009|SQ|||GraphicObjectSequence|
00700010|FL|2||BoundingBoxTopLeftHandCorner|
00700011|FL|2||BoundingBoxBottomRightHandCorner|
00700012|CS|||BoundingBoxTextHorizontalJustification|
00700014|FL|2||AnchorPoint|
00700015|CS|||AnchorPointVisibility|
00700020|US|||GraphicDimensions|
00700021|US|||NumberOfGraphicPoints|Number of Graphic Points
00700022|FL|2-n||GraphicData|
00700023|CS|||GraphicType|
00700024|CS|||GraphicFilled|
00700040|IS||R|ImageRotationRetired|Image Rotation (Retired)
00700041|CS|||ImageHorizontalFlip|
00700042|US|||ImageRotation|
00700050|US|2|R|DisplayedAreaTopLeftHandCornerTrial|Displayed Area Top Left Hand Corner (Trial)
00700051|US|2|R|DisplayedAreaBottomRightHandCornerTrial|Displayed Area Bottom Right Hand Corner (Trial)
00700052|SL|2||DisplayedAreaTopLeftHandCorner|
00700053|SL|2||DisplayedAreaBottomRightHandCorner|
0070005a|SQ|||DisplayedAreaSelectionSequence|
00700060|SQ|||GraphicLayerSequence|
00700062|IS|||GraphicLayerOrder|
00700066|US|||GraphicLayerRecommendedDisplayGrayscaleValue|
00700067|US|3|R|GraphicLayerRecommendedDisplayRGBValue|
00700068|LO|||GraphicLayerDescription|
00700080|CS|||ContentLabel|
00700081|LO|||ContentDescription|
00700082|DA|||PresentationCreationDate|
00700083|TM|||PresentationCreationTime|
00700084|PN|||ContentCreatorName|Content Creator's Name
00700086|SQ|||ContentCreatorIdentificationCodeSequence|Content Creator's Identification Code Sequence
00700087|SQ|||AlternateContentDescriptionSequence|
00700100|CS|||PresentationSizeMode|
00700101|DS|2||PresentationPixelSpacing|
00700102|IS|2||PresentationPixelAspectRatio|
00700103|FL|||PresentationPixelMagnificationRatio|
00700207|LO|||GraphicGroupLabel|
00700208|ST|||GraphicGroupDescription|
00700209|SQ|||CompoundGraphicSequence|
00700226|UL|||CompoundGraphicInstanceID|
00700227|LO|||FontName|
00700228|CS|||FontNameType|
00700229|LO|||CSSFontName|
00700230|FD|||RotationAngle|
00700231|SQ|||TextStyleSequence|
00700232|SQ|||LineStyleSequence|
00700233|SQ|||FillStyleSequence|
00700234|SQ|||GraphicGroupSequence|
00700241|US|3||TextColorCIELabValue|Text Color CIELab Value
00700242|CS|||HorizontalAlignment|
00700243|CS|||VerticalAlignment|
00700244|CS|||ShadowStyle|
00700245|FL|||ShadowOffsetX|
00700246|FL|||ShadowOffsetY|
00700247|US|3||ShadowColorCIELabValue|Shadow Color CIELab Value
00700248|CS|||Underlined|
00700249|CS|||Bold|
00700250|CS|||Italic|
00700251|US|3||PatternOnColorCIELabValue|Pattern On Color CIELab Value
00700252|US|3||PatternOffColorCIELabValue|Pattern Off Color CIELab Value
00700253|FL|||LineThickness|
00700254|CS|||LineDashingStyle|
00700255|UL|||LinePattern|
00700256|OB|||FillPattern|
00700257|CS|||FillMode|
00700258|FL|||ShadowOpacity|
00700261|FL|||GapLength|
00700262|FL|||DiameterOfVisibility|Diameter of Visibility
00700273|FL|2||RotationPoint|
00700274|CS|||TickAlignment|
00700278|CS|||ShowTickLabel|
00700279|CS|||TickLabelAlignment|
00700282|CS|||CompoundGraphicUnits|
00700284|FL|||PatternOnOpacity|
00700285|FL|||PatternOffOpacity|
00700287|SQ|||MajorTicksSequence|
00700288|FL|||TickPosition|
00700289|SH|||TickLabel|
00700294|CS|||CompoundGraphicType|
00700295|UL|||GraphicGroupID|
00700306|CS|||ShapeType|
00700308|SQ|||RegistrationSequence|
00700309|SQ|||MatrixRegistrationSequence|
0070030a|SQ|||MatrixSequence|
0070030b|FD|16||FrameOfReferenceToDisplayedCoordinateSystemTransformationMatrix|Frame of Reference to Displayed Coordinate System Transformation Matrix
0070030c|CS|||FrameOfReferenceTransformationMatrixType|Frame of Reference Transformation Matrix Type
0070030d|SQ|||RegistrationTypeCodeSequence|
0070030f|ST|||FiducialDescription|
00700310|SH|||FiducialIdentifier|
00700311|SQ|||FiducialIdentifierCodeSequence|
00700312|FD|||ContourUncertaintyRadius|
00700314|SQ|||UsedFiducialsSequence|
00700315|SQ|||UsedRTStructureSetROISequence|
00700318|SQ|||GraphicCoordinatesDataSequence|
0070031a|UI|||FiducialUID|
0070031b|UI|||ReferencedFiducialUID|
0070031c|SQ|||FiducialSetSequence|
0070031e|SQ|||FiducialSequence|
0070031f|SQ|||FiducialsPropertyCategoryCodeSequence|
00700401|US|3||GraphicLayerRecommendedDisplayCIELabValue|Graphic Layer Recommended Display CIELab Value
00700402|SQ|||BlendingSequence|
00700403|FL|||RelativeOpacity|
00700404|SQ|||ReferencedSpatialRegistrationSequence|
00700405|CS|||BlendingPosition|
00701101|UI|||PresentationDisplayCollectionUID|
00701102|UI|||PresentationSequenceCollectionUID|
00701103|US|||PresentationSequencePositionIndex|
00701104|SQ|||RenderedImageReferenceSequence|
00701201|SQ|||VolumetricPresentationStateInputSequence|
00701202|CS|||PresentationInputType|
00701203|US|||InputSequencePositionIndex|
00701204|CS|||Crop|
00701205|US|1-n||CroppingSpecificationIndex|
00701206|CS||R|CompositingMethod|
00701207|US|||VolumetricPresentationInputNumber|
00701208|CS|||ImageVolumeGeometry|
00701209|UI|||VolumetricPresentationInputSetUID|
0070120a|SQ|||VolumetricPresentationInputSetSequence|
0070120b|CS|||GlobalCrop|
0070120c|US|1-n||GlobalCroppingSpecificationIndex|
0070120d|CS|||RenderingMethod|
00701301|SQ|||VolumeCroppingSequence|
00701302|CS|||VolumeCroppingMethod|
00701303|FD|6||BoundingBoxCrop|
00701304|SQ|||ObliqueCroppingPlaneSequence|
00701305|FD|4||Plane|
00701306|FD|3||PlaneNormal|
00701309|US|||CroppingSpecificationNumber|
00701501|CS|||MultiPlanarReconstructionStyle|Multi-Planar Reconstruction Style
00701502|CS|||MPRThicknessType|
00701503|FD|||MPRSlabThickness|
00701505|FD|3||MPRTopLeftHandCorner|
00701507|FD|3||MPRViewWidthDirection|
00701508|FD|||MPRViewWidth|
0070150c|UL|||NumberOfVolumetricCurvePoints|Number of Volumetric Curve Points
0070150d|OD|||VolumetricCurvePoints|
00701511|FD|3||MPRViewHeightDirection|
00701512|FD|||MPRViewHeight|
00701602|CS|||RenderProjection|
00701603|FD|3||ViewpointPosition|
00701604|FD|3||ViewpointLookAtPoint|Viewpoint LookAt Point
00701605|FD|3||ViewpointUpDirection|
00701606|FD|6||RenderFieldOfView|Render Field of View
00701607|FD|||SamplingStepSize|
00701701|CS|||ShadingStyle|
00701702|FD|||AmbientReflectionIntensity|
00701703|FD|3||LightDirection|
00701704|FD|||DiffuseReflectionIntensity|
00701705|FD|||SpecularReflectionIntensity|
00701706|FD|||Shininess|
00701801|SQ|||PresentationStateClassificationComponentSequence|
00701802|CS|||ComponentType|
00701803|SQ|||ComponentInputSequence|
00701804|US|||VolumetricPresentationInputIndex|
00701805|SQ|||PresentationStateCompositorComponentSequence|
00701806|SQ|||WeightingTransferFunctionSequence|
00701807|US|3|R|WeightingLookupTableDescriptor|
00701808|OB||R|WeightingLookupTableData|
00701901|SQ|||VolumetricAnnotationSequence|
00701903|SQ|||ReferencedStructuredContextSequence|
00701904|UI|||ReferencedContentItem|
00701905|SQ|||VolumetricPresentationInputAnnotationSequence|
00701907|CS|||AnnotationClipping|
00701a01|CS|||PresentationAnimationStyle|
00701a03|FD|||RecommendedAnimationRate|
00701a04|SQ|||AnimationCurveSequence|
00701a05|FD|||AnimationStepSize|
00701a06|FD|||SwivelRange|
00701a07|OD|||VolumetricCurveUpDirections|
00701a08|SQ|||VolumeStreamSequence|
00701a09|LO|||RGBATransferFunctionDescription|
00701b01|SQ|||AdvancedBlendingSequence|
00701b02|US|||BlendingInputNumber|
00701b03|SQ|||BlendingDisplayInputSequence|
00701b04|SQ|||BlendingDisplaySequence|
00701b06|CS|||BlendingMode|
00701b07|CS|||TimeSeriesBlending|
00701b08|CS|||GeometryForDisplay|Geometry for Display
00701b11|SQ|||ThresholdSequence|
00701b12|SQ|||ThresholdValueSequence|
00701b13|CS|||ThresholdType|
00701b14|FD|||ThresholdValue|
00720002|SH|||HangingProtocolName|
00720004|LO|||HangingProtocolDescription|
00720006|CS|||HangingProtocolLevel|
00720008|LO|||HangingProtocolCreator|
0072000a|DT|||HangingProtocolCreationDateTime|Hanging Protocol Creation DateTime
0072000c|SQ|||HangingProtocolDefinitionSequence|
0072000e|SQ|||HangingProtocolUserIdentificationCodeSequence|
00720010|LO|||HangingProtocolUserGroupName|
00720012|SQ|||SourceHangingProtocolSequence|
00720014|US|||NumberOfPriorsReferenced|Number of Priors Referenced
00720020|SQ|||ImageSetsSequence|
00720022|SQ|||ImageSetSelectorSequence|
00720024|CS|||ImageSetSelectorUsageFlag|
00720026|AT|||SelectorAttribute|
00720028|US|||SelectorValueNumber|
00720030|SQ|||TimeBasedImageSetsSequence|
00720032|US|||ImageSetNumber|
00720034|CS|||ImageSetSelectorCategory|
00720038|US|2||RelativeTime|
0072003a|CS|||RelativeTimeUnits|
0072003c|SS|2||AbstractPriorValue|
0072003e|SQ|||AbstractPriorCodeSequence|
00720040|LO|||ImageSetLabel|
00720050|CS|||SelectorAttributeVR|
00720052|AT|1-n||SelectorSequencePointer|
00720054|LO|1-n||SelectorSequencePointerPrivateCreator|
00720056|LO|||SelectorAttributePrivateCreator|
0072005e|AE|1-n||SelectorAEValue|
0072005f|AS|1-n||SelectorASValue|
00720060|AT|1-n||SelectorATValue|
00720061|DA|1-n||SelectorDAValue|
00720062|CS|1-n||SelectorCSValue|
00720063|DT|1-n||SelectorDTValue|
00720064|IS|1-n||SelectorISValue|
00720065|OB|||SelectorOBValue|
00720066|LO|1-n||SelectorLOValue|
00720067|OF|||SelectorOFValue|
00720068|LT|||SelectorLTValue|
00720069|OW|||SelectorOWValue|
0072006a|PN|1-n||SelectorPNValue|
0072006b|TM|1-n||SelectorTMValue|
0072006c|SH|1-n||SelectorSHValue|
0072006d|UN|||SelectorUNValue|
0072006e|ST|||SelectorSTValue|
0072006f|UC|1-n||SelectorUCValue|
00720070|UT|||SelectorUTValue|
00720071|UR|||SelectorURValue|
00720072|DS|1-n||SelectorDSValue|
00720073|OD|||SelectorODValue|
00720074|FD|1-n||SelectorFDValue|
00720075|OL|||SelectorOLValue|
00720076|FL|1-n||SelectorFLValue|
00720078|UL|1-n||SelectorULValue|
0072007a|US|1-n||SelectorUSValue|
0072007c|SL|1-n||SelectorSLValue|
0072007e|SS|1-n||SelectorSSValue|
0072007f|UI|1-n||SelectorUIValue|
00720080|SQ|||SelectorCodeSequenceValue|
00720081|OV|||SelectorOVValue|
00720082|SV|1-n||SelectorSVValue|
00720083|UV|1-n||SelectorUVValue|
00720100|US|||NumberOfScreens|Number of Screens
00720102|SQ|||NominalScreenDefinitionSequence|
00720104|US|||NumberOfVerticalPixels|Number of Vertical Pixels
00720106|US|||NumberOfHorizontalPixels|Number of Horizontal Pixels
00720108|FD|4||DisplayEnvironmentSpatialPosition|
0072010a|US|||ScreenMinimumGrayscaleBitDepth|
0072010c|US|||ScreenMinimumColorBitDepth|
0072010e|US|||ApplicationMaximumRepaintTime|
00720200|SQ|||DisplaySetsSequence|
00720202|US|||DisplaySetNumber|
00720203|LO|||DisplaySetLabel|
00720204|US|||DisplaySetPresentationGroup|
00720206|LO|||DisplaySetPresentationGroupDescription|
00720208|CS|||PartialDataDisplayHandling|
00720210|SQ|||SynchronizedScrollingSequence|
00720212|US|2-n||DisplaySetScrollingGroup|
00720214|SQ|||NavigationIndicatorSequence|
00720216|US|||NavigationDisplaySet|
00720218|US|1-n||ReferenceDisplaySets|
00720300|SQ|||ImageBoxesSequence|
00720302|US|||ImageBoxNumber|
00720304|CS|||ImageBoxLayoutType|
00720306|US|||ImageBoxTileHorizontalDimension|
00720308|US|||ImageBoxTileVerticalDimension|
00720310|CS|||ImageBoxScrollDirection|
00720312|CS|||ImageBoxSmallScrollType|
00720314|US|||ImageBoxSmallScrollAmount|
00720316|CS|||ImageBoxLargeScrollType|
00720318|US|||ImageBoxLargeScrollAmount|
00720320|US|||ImageBoxOverlapPriority|
00720330|FD|||CineRelativeToRealTime|Cine Relative to Real-Time
00720400|SQ|||FilterOperationsSequence|
00720402|CS|||FilterByCategory|Filter-by Category
00720404|CS|||FilterByAttributePresence|Filter-by Attribute Presence
00720406|CS|||FilterByOperator|Filter-by Operator
00720420|US|3||StructuredDisplayBackgroundCIELabValue|Structured Display Background CIELab Value
00720421|US|3||EmptyImageBoxCIELabValue|Empty Image Box CIELab Value
00720422|SQ|||StructuredDisplayImageBoxSequence|
00720424|SQ|||StructuredDisplayTextBoxSequence|
00720427|SQ|||ReferencedFirstFrameSequence|
00720430|SQ|||ImageBoxSynchronizationSequence|
00720432|US|2-n||SynchronizedImageBoxList|
00720434|CS|||TypeOfSynchronization|Type of Synchronization
00720500|CS|||BlendingOperationType|
00720510|CS|||ReformattingOperationType|
00720512|FD|||ReformattingThickness|
00720514|FD|||ReformattingInterval|
00720516|CS|||ReformattingOperationInitialViewDirection|
00720520|CS|1-n||ThreeDRenderingType|3D Rendering Type
00720600|SQ|||SortingOperationsSequence|
00720602|CS|||SortByCategory|Sort-by Category
00720604|CS|||SortingDirection|
00720700|CS|2||DisplaySetPatientOrientation|
00720702|CS|||VOIType|
00720704|CS|||PseudoColorType|Pseudo-Color Type
00720705|SQ|||PseudoColorPaletteInstanceReferenceSequence|Pseudo-Color Palette Instance Reference Sequence
00720706|CS|||ShowGrayscaleInverted|
00720710|CS|||ShowImageTrueSizeFlag|
00720712|CS|||ShowGraphicAnnotationFlag|
00720714|CS|||ShowPatientDemographicsFlag|
00720716|CS|||ShowAcquisitionTechniquesFlag|
00720717|CS|||DisplaySetHorizontalJustification|
00720718|CS|||DisplaySetVerticalJustification|
00740120|FD|||ContinuationStartMeterset|
00740121|FD|||ContinuationEndMeterset|
00741000|CS|||ProcedureStepState|
00741002|SQ|||ProcedureStepProgressInformationSequence|
00741004|DS|||ProcedureStepProgress|
00741006|ST|||ProcedureStepProgressDescription|
00741007|SQ|||ProcedureStepProgressParametersSequence|
00741008|SQ|||ProcedureStepCommunicationsURISequence|
0074100a|UR|||ContactURI|
0074100c|LO|||ContactDisplayName|
0074100e|SQ|||ProcedureStepDiscontinuationReasonCodeSequence|
00741020|SQ|||BeamTaskSequence|
00741022|CS|||BeamTaskType|
00741024|IS||R|BeamOrderIndexTrial|Beam Order Index (Trial)
00741025|CS|||AutosequenceFlag|
00741026|FD|||TableTopVerticalAdjustedPosition|
00741027|FD|||TableTopLongitudinalAdjustedPosition|
00741028|FD|||TableTopLateralAdjustedPosition|
0074102a|FD|||PatientSupportAdjustedAngle|
0074102b|FD|||TableTopEccentricAdjustedAngle|
0074102c|FD|||TableTopPitchAdjustedAngle|
0074102d|FD|||TableTopRollAdjustedAngle|
00741030|SQ|||DeliveryVerificationImageSequence|
00741032|CS|||VerificationImageTiming|
00741034|CS|||DoubleExposureFlag|
00741036|CS|||DoubleExposureOrdering|
00741038|DS||R|DoubleExposureMetersetTrial|Double Exposure Meterset (Trial)
0074103a|DS|4|R|DoubleExposureFieldDeltaTrial|Double Exposure Field Delta (Trial)
00741040|SQ|||RelatedReferenceRTImageSequence|
00741042|SQ|||GeneralMachineVerificationSequence|
00741044|SQ|||ConventionalMachineVerificationSequence|
00741046|SQ|||IonMachineVerificationSequence|
00741048|SQ|||FailedAttributesSequence|
0074104a|SQ|||OverriddenAttributesSequence|
0074104c|SQ|||ConventionalControlPointVerificationSequence|
0074104e|SQ|||IonControlPointVerificationSequence|
00741050|SQ|||AttributeOccurrenceSequence|
00741052|AT|||AttributeOccurrencePointer|
00741054|UL|||AttributeItemSelector|
00741056|LO|||AttributeOccurrencePrivateCreator|
00741057|IS|1-n||SelectorSequencePointerItems|
00741200|CS|||ScheduledProcedureStepPriority|
00741202|LO|||WorklistLabel|
00741204|LO|||ProcedureStepLabel|
00741210|SQ|||ScheduledProcessingParametersSequence|
00741212|SQ|||PerformedProcessingParametersSequence|
00741216|SQ|||UnifiedProcedureStepPerformedProcedureSequence|
00741220|SQ||R|RelatedProcedureStepSequence|
00741222|LO||R|ProcedureStepRelationshipType|
00741224|SQ|||ReplacedProcedureStepSequence|
00741230|LO|||DeletionLock|
00741234|AE|||ReceivingAE|
00741236|AE|||RequestingAE|
00741238|LT|||ReasonForCancellation|Reason for Cancellation
00741242|CS|||SCPStatus|
00741244|CS|||SubscriptionListStatus|
00741246|CS|||UnifiedProcedureStepListStatus|
00741324|UL|||BeamOrderIndex|
00741338|FD|||DoubleExposureMeterset|
0074133a|FD|4||DoubleExposureFieldDelta|
00741401|SQ|||BrachyTaskSequence|
00741402|DS|||ContinuationStartTotalReferenceAirKerma|
00741403|DS|||ContinuationEndTotalReferenceAirKerma|
00741404|IS|||ContinuationPulseNumber|
00741405|SQ|||ChannelDeliveryOrderSequence|
00741406|IS|||ReferencedChannelNumber|
00741407|DS|||StartCumulativeTimeWeight|
00741408|DS|||EndCumulativeTimeWeight|
00741409|SQ|||OmittedChannelSequence|
0074140a|CS|||ReasonForChannelOmission|Reason for Channel Omission
0074140b|LO|||ReasonForChannelOmissionDescription|Reason for Channel Omission Description
0074140c|IS|||ChannelDeliveryOrderIndex|
0074140d|SQ|||ChannelDeliveryContinuationSequence|
0074140e|SQ|||OmittedApplicationSetupSequence|
00760001|LO|||ImplantAssemblyTemplateName|
00760003|LO|||ImplantAssemblyTemplateIssuer|
00760006|LO|||ImplantAssemblyTemplateVersion|
00760008|SQ|||ReplacedImplantAssemblyTemplateSequence|
0076000a|CS|||ImplantAssemblyTemplateType|
0076000c|SQ|||OriginalImplantAssemblyTemplateSequence|
0076000e|SQ|||DerivationImplantAssemblyTemplateSequence|
00760010|SQ|||ImplantAssemblyTemplateTargetAnatomySequence|
00760020|SQ|||ProcedureTypeCodeSequence|
00760030|LO|||SurgicalTechnique|
00760032|SQ|||ComponentTypesSequence|
00760034|SQ|||ComponentTypeCodeSequence|
00760036|CS|||ExclusiveComponentType|
00760038|CS|||MandatoryComponentType|
00760040|SQ|||ComponentSequence|
00760055|US|||ComponentID|
00760060|SQ|||ComponentAssemblySequence|
00760070|US|||Component1ReferencedID|Component 1 Referenced ID
00760080|US|||Component1ReferencedMatingFeatureSetID|Component 1 Referenced Mating Feature Set ID
00760090|US|||Component1ReferencedMatingFeatureID|Component 1 Referenced Mating Feature ID
007600a0|US|||Component2ReferencedID|Component 2 Referenced ID
007600b0|US|||Component2ReferencedMatingFeatureSetID|Component 2 Referenced Mating Feature Set ID
007600c0|US|||Component2ReferencedMatingFeatureID|Component 2 Referenced Mating Feature ID
00780001|LO|||ImplantTemplateGroupName|
00780010|ST|||ImplantTemplateGroupDescription|
00780020|LO|||ImplantTemplateGroupIssuer|
00780024|LO|||ImplantTemplateGroupVersion|
00780026|SQ|||ReplacedImplantTemplateGroupSequence|
00780028|SQ|||ImplantTemplateGroupTargetAnatomySequence|
0078002a|SQ|||ImplantTemplateGroupMembersSequence|
0078002e|US|||ImplantTemplateGroupMemberID|
00780050|FD|3||ThreeDImplantTemplateGroupMemberMatchingPoint|3D Implant Template Group Member Matching Point
00780060|FD|9||ThreeDImplantTemplateGroupMemberMatchingAxes|3D Implant Template Group Member Matching Axes
00780070|SQ|||ImplantTemplateGroupMemberMatching2DCoordinatesSequence|Implant Template Group Member Matching 2D Coordinates Sequence
00780090|FD|2||TwoDImplantTemplateGroupMemberMatchingPoint|2D Implant Template Group Member Matching Point
007800a0|FD|4||TwoDImplantTemplateGroupMemberMatchingAxes|2D Implant Template Group Member Matching Axes
007800b0|SQ|||ImplantTemplateGroupVariationDimensionSequence|
007800b2|LO|||ImplantTemplateGroupVariationDimensionName|
007800b4|SQ|||ImplantTemplateGroupVariationDimensionRankSequence|
007800b6|US|||ReferencedImplantTemplateGroupMemberID|
007800b8|US|||ImplantTemplateGroupVariationDimensionRank|
00800001|SQ|||SurfaceScanAcquisitionTypeCodeSequence|
00800002|SQ|||SurfaceScanModeCodeSequence|
00800003|SQ|||RegistrationMethodCodeSequence|
00800004|FD|||ShotDurationTime|
00800005|FD|||ShotOffsetTime|
00800006|US|1-n||SurfacePointPresentationValueData|
00800007|US|3-3n||SurfacePointColorCIELabValueData|Surface Point Color CIELab Value Data
00800008|SQ|||UVMappingSequence|
00800009|SH|||TextureLabel|
00800010|OF|||UValueData|
00800011|OF|||VValueData|
00800012|SQ|||ReferencedTextureSequence|
00800013|SQ|||ReferencedSurfaceDataSequence|
00820001|CS|||AssessmentSummary|
00820003|UT|||AssessmentSummaryDescription|
00820004|SQ|||AssessedSOPInstanceSequence|
00820005|SQ|||ReferencedComparisonSOPInstanceSequence|
00820006|UL|||NumberOfAssessmentObservations|Number of Assessment Observations
00820007|SQ|||AssessmentObservationsSequence|
00820008|CS|||ObservationSignificance|
0082000a|UT|||ObservationDescription|
0082000c|SQ|||StructuredConstraintObservationSequence|
00820010|SQ|||AssessedAttributeValueSequence|
00820016|LO|||AssessmentSetID|
00820017|SQ|||AssessmentRequesterSequence|
00820018|LO|||SelectorAttributeName|
00820019|LO|||SelectorAttributeKeyword|
00820021|SQ|||AssessmentTypeCodeSequence|
00820022|SQ|||ObservationBasisCodeSequence|
00820023|LO|||AssessmentLabel|
00820032|CS|||ConstraintType|
00820033|UT|||SpecificationSelectionGuidance|
00820034|SQ|||ConstraintValueSequence|
00820035|SQ|||RecommendedDefaultValueSequence|
00820036|CS|||ConstraintViolationSignificance|
00820037|UT|||ConstraintViolationCondition|
00820038|CS|||ModifiableConstraintFlag|
00880130|SH|||StorageMediaFileSetID|Storage Media File-set ID
00880140|UI|||StorageMediaFileSetUID|Storage Media File-set UID
00880200|SQ|||IconImageSequence|
00880904|LO||R|TopicTitle|
00880906|ST||R|TopicSubject|
00880910|LO||R|TopicAuthor|
00880912|LO|1-32|R|TopicKeywords|
01000410|CS|||SOPInstanceStatus|
01000420|DT|||SOPAuthorizationDateTime|SOP Authorization DateTime
01000424|LT|||SOPAuthorizationComment|
01000426|LO|||AuthorizationEquipmentCertificationNumber|
04000005|US|||MACIDNumber|MAC ID Number
04000010|UI|||MACCalculationTransferSyntaxUID|
04000015|CS|||MACAlgorithm|
04000020|AT|1-n||DataElementsSigned|
04000100|UI|||DigitalSignatureUID|
04000105|DT|||DigitalSignatureDateTime|Digital Signature DateTime
04000110|CS|||CertificateType|
04000115|OB|||CertificateOfSigner|Certificate of Signer
04000120|OB|||Signature|
04000305|CS|||CertifiedTimestampType|
04000310|OB|||CertifiedTimestamp|
04000315|FL||R||
04000401|SQ|||DigitalSignaturePurposeCodeSequence|
04000402|SQ|||ReferencedDigitalSignatureSequence|
04000403|SQ|||ReferencedSOPInstanceMACSequence|
04000404|OB|||MAC|
04000500|SQ|||EncryptedAttributesSequence|
04000510|UI|||EncryptedContentTransferSyntaxUID|
04000520|OB|||EncryptedContent|
04000550|SQ|||ModifiedAttributesSequence|
04000551|SQ|||NonconformingModifiedAttributesSequence|
04000552|OB|||NonconformingDataElementValue|
04000561|SQ|||OriginalAttributesSequence|
04000562|DT|||AttributeModificationDateTime|Attribute Modification DateTime
04000563|LO|||ModifyingSystem|
04000564|LO|||SourceOfPreviousValues|Source of Previous Values
04000565|CS|||ReasonForTheAttributeModification|Reason for the Attribute Modification
04000600|CS|||InstanceOriginStatus|
20000010|IS|||NumberOfCopies|Number of Copies
2000001e|SQ|||PrinterConfigurationSequence|
20000020|CS|||PrintPriority|
20000030|CS|||MediumType|
20000040|CS|||FilmDestination|
20000050|LO|||FilmSessionLabel|
20000060|IS|||MemoryAllocation|
20000061|IS|||MaximumMemoryAllocation|
20000062|CS||R|ColorImagePrintingFlag|
20000063|CS||R|CollationFlag|
20000065|CS||R|AnnotationFlag|
20000067|CS||R|ImageOverlayFlag|
20000069|CS||R|PresentationLUTFlag|
2000006a|CS||R|ImageBoxPresentationLUTFlag|
200000a0|US|||MemoryBitDepth|
200000a1|US|||PrintingBitDepth|
200000a2|SQ|||MediaInstalledSequence|
200000a4|SQ|||OtherMediaAvailableSequence|
200000a8|SQ|||SupportedImageDisplayFormatsSequence|
20000500|SQ|||ReferencedFilmBoxSequence|
20000510|SQ||R|ReferencedStoredPrintSequence|
20100010|ST|||ImageDisplayFormat|
20100030|CS|||AnnotationDisplayFormatID|
20100040|CS|||FilmOrientation|
20100050|CS|||FilmSizeID|
20100052|CS|||PrinterResolutionID|
20100054|CS|||DefaultPrinterResolutionID|
20100060|CS|||MagnificationType|
20100080|CS|||SmoothingType|
201000a6|CS|||DefaultMagnificationType|
201000a7|CS|1-n||OtherMagnificationTypesAvailable|
201000a8|CS|||DefaultSmoothingType|
201000a9|CS|1-n||OtherSmoothingTypesAvailable|
20100100|CS|||BorderDensity|
20100110|CS|||EmptyImageDensity|
20100120|US|||MinDensity|
20100130|US|||MaxDensity|
20100140|CS|||Trim|
20100150|ST|||ConfigurationInformation|
20100152|LT|||ConfigurationInformationDescription|
20100154|IS|||MaximumCollatedFilms|
2010015e|US|||Illumination|
20100160|US|||ReflectedAmbientLight|
20100376|DS|2||PrinterPixelSpacing|
20100500|SQ|||ReferencedFilmSessionSequence|
20100510|SQ|||ReferencedImageBoxSequence|
20100520|SQ|||ReferencedBasicAnnotationBoxSequence|
20200010|US|||ImageBoxPosition|
20200020|CS|||Polarity|
20200030|DS|||RequestedImageSize|
20200040|CS|||RequestedDecimateCropBehavior|Requested Decimate/Crop Behavior
20200050|CS|||RequestedResolutionID|
202000a0|CS|||RequestedImageSizeFlag|
202000a2|CS|||DecimateCropResult|Decimate/Crop Result
20200110|SQ|||BasicGrayscaleImageSequence|
20200111|SQ|||BasicColorImageSequence|
20200130|SQ||R|ReferencedImageOverlayBoxSequence|
20200140|SQ||R|ReferencedVOILUTBoxSequence|Referenced VOI LUT Box Sequence
20300010|US|||AnnotationPosition|
20300020|LO|||TextString|
20400010|SQ||R|ReferencedOverlayPlaneSequence|
20400011|US|1-99|R|ReferencedOverlayPlaneGroups|
20400020|SQ||R|OverlayPixelDataSequence|
20400060|CS||R|OverlayMagnificationType|
20400070|CS||R|OverlaySmoothingType|
20400072|CS||R|OverlayOrImageMagnification|Overlay or Image Magnification
20400074|US||R|MagnifyToNumberOfColumns|Magnify to Number of Columns
20400080|CS||R|OverlayForegroundDensity|
20400082|CS||R|OverlayBackgroundDensity|
20400090|CS||R|OverlayMode|
20400100|CS||R|ThresholdDensity|
20400500|SQ||R|ReferencedImageBoxSequenceRetired|Referenced Image Box Sequence (Retired)
20500010|SQ|||PresentationLUTSequence|
20500020|CS|||PresentationLUTShape|
20500500|SQ|||ReferencedPresentationLUTSequence|
21000010|SH||R|PrintJobID|
21000020|CS|||ExecutionStatus|
21000030|CS|||ExecutionStatusInfo|
21000040|DA|||CreationDate|
21000050|TM|||CreationTime|
21000070|AE|||Originator|
21000140|AE|||DestinationAE|
21000160|SH|||OwnerID|
21000170|IS|||NumberOfFilms|Number of Films
21000500|SQ||R|ReferencedPrintJobSequencePullStoredPrint|Referenced Print Job Sequence (Pull Stored Print)
21100010|CS|||PrinterStatus|
21100020|CS|||PrinterStatusInfo|
21100030|LO|||PrinterName|
21100099|SH||R|PrintQueueID|
21200010|CS||R|QueueStatus|
21200050|SQ||R|PrintJobDescriptionSequence|
21200070|SQ||R|ReferencedPrintJobSequence|
21300010|SQ||R|PrintManagementCapabilitiesSequence|
21300015|SQ||R|PrinterCharacteristicsSequence|
21300030|SQ||R|FilmBoxContentSequence|
21300040|SQ||R|ImageBoxContentSequence|
21300050|SQ||R|AnnotationContentSequence|
21300060|SQ||R|ImageOverlayBoxContentSequence|
21300080|SQ||R|PresentationLUTContentSequence|
213000a0|SQ|||ProposedStudySequence|
213000c0|SQ|||OriginalImageSequence|
22000001|CS|||LabelUsingInformationExtractedFromInstances|
22000002|UT|||LabelText|
22000003|CS|||LabelStyleSelection|
22000004|LT|||MediaDisposition|
22000005|LT|||BarcodeValue|
22000006|CS|||BarcodeSymbology|
22000007|CS|||AllowMediaSplitting|
22000008|CS|||IncludeNonDICOMObjects|Include Non-DICOM Objects
22000009|CS|||IncludeDisplayApplication|
2200000a|CS|||PreserveCompositeInstancesAfterMediaCreation|
2200000b|US|||TotalNumberOfPiecesOfMediaCreated|Total Number of Pieces of Media Created
2200000c|LO|||RequestedMediaApplicationProfile|
2200000d|SQ|||ReferencedStorageMediaSequence|
2200000e|AT|1-n||FailureAttributes|
2200000f|CS|||AllowLossyCompression|
22000020|CS|||RequestPriority|
30020002|SH|||RTImageLabel|
30020003|LO|||RTImageName|
30020004|ST|||RTImageDescription|
3002000a|CS|||ReportedValuesOrigin|
3002000c|CS|||RTImagePlane|
3002000d|DS|3||XRayImageReceptorTranslation|X-Ray Image Receptor Translation
3002000e|DS|||XRayImageReceptorAngle|X-Ray Image Receptor Angle
30020010|DS|6||RTImageOrientation|
30020011|DS|2||ImagePlanePixelSpacing|
30020012|DS|2||RTImagePosition|
30020020|SH|||RadiationMachineName|
30020022|DS|||RadiationMachineSAD|
30020024|DS|||RadiationMachineSSD|
30020026|DS|||RTImageSID|
30020028|DS|||SourceToReferenceObjectDistance|Source to Reference Object Distance
30020029|IS|||FractionNumber|
30020030|SQ|||ExposureSequence|
30020032|DS|||MetersetExposure|
30020034|DS|4||DiaphragmPosition|
30020040|SQ|||FluenceMapSequence|
30020041|CS|||FluenceDataSource|
30020042|DS|||FluenceDataScale|
30020050|SQ|||PrimaryFluenceModeSequence|
30020051|CS|||FluenceMode|
30020052|SH|||FluenceModeID|
30020100|IS|||SelectedFrameNumber|
30020101|SQ|||SelectedFrameFunctionalGroupsSequence|
30020102|SQ|||RTImageFrameGeneralContentSequence|
30020103|SQ|||RTImageFrameContextSequence|
30020104|SQ|||RTImageScopeSequence|
30020105|CS|||BeamModifierCoordinatesPresenceFlag|
30020106|FD|||StartCumulativeMeterset|
30020107|FD|||StopCumulativeMeterset|
30020108|SQ|||RTAcquisitionPatientPositionSequence|
30020109|SQ|||RTImageFrameImagingDevicePositionSequence|
3002010a|SQ|||RTImageFramekVRadiationAcquisitionSequence|RT Image Frame kV Radiation Acquisition Sequence
3002010b|SQ|||RTImageFrameMVRadiationAcquisitionSequence|
3002010c|SQ|||RTImageFrameRadiationAcquisitionSequence|
3002010d|SQ|||ImagingSourcePositionSequence|
3002010e|SQ|||ImageReceptorPositionSequence|
3002010f|FD|16||DevicePositionToEquipmentMappingMatrix|Device Position to Equipment Mapping Matrix
30020110|SQ|||DevicePositionParameterSequence|
30020111|CS|||ImagingSourceLocationSpecificationType|
30020112|SQ|||ImagingDeviceLocationMatrixSequence|
30020113|SQ|||ImagingDeviceLocationParameterSequence|
30020114|SQ|||ImagingApertureSequence|
30020115|CS|||ImagingApertureSpecificationType|
30020116|US|||NumberOfAcquisitionDevices|Number of Acquisition Devices
30020117|SQ|||AcquisitionDeviceSequence|
30020118|SQ|||AcquisitionTaskSequence|
30020119|SQ|||AcquisitionTaskWorkitemCodeSequence|
3002011a|SQ|||AcquisitionSubtaskSequence|
3002011b|SQ|||SubtaskWorkitemCodeSequence|
3002011c|US|||AcquisitionTaskIndex|
3002011d|US|||AcquisitionSubtaskIndex|
3002011e|SQ|||ReferencedBaselineParametersRTRadiationInstanceSequence|
3002011f|SQ|||PositionAcquisitionTemplateIdentificationSequence|
30020120|ST|||PositionAcquisitionTemplateID|
30020121|LO|||PositionAcquisitionTemplateName|
30020122|SQ|||PositionAcquisitionTemplateCodeSequence|
30020123|LT|||PositionAcquisitionTemplateDescription|
30020124|SQ|||AcquisitionTaskApplicabilitySequence|
30020125|SQ|||ProjectionImagingAcquisitionParameterSequence|
30020126|SQ|||CTImagingAcquisitionParameterSequence|
30020127|SQ|||KVImagingGenerationParametersSequence|
30020128|SQ|||MVImagingGenerationParametersSequence|
30020129|CS|||AcquisitionSignalType|
3002012a|CS|||AcquisitionMethod|
3002012b|SQ|||ScanStartPositionSequence|
3002012c|SQ|||ScanStopPositionSequence|
3002012d|FD|||ImagingSourceToBeamModifierDefinitionPlaneDistance|Imaging Source to Beam Modifier Definition Plane Distance
3002012e|CS|||ScanArcType|
3002012f|CS|||DetectorPositioningType|
30020130|SQ|||AdditionalRTAccessoryDeviceSequence|
30020131|SQ|||DeviceSpecificAcquisitionParameterSequence|Device-Specific Acquisition Parameter Sequence
30020132|SQ|||ReferencedPositionReferenceInstanceSequence|
30020133|SQ|||EnergyDerivationCodeSequence|
30020134|FD|||MaximumCumulativeMetersetExposure|
30020135|SQ|||AcquisitionInitiationSequence|
30040001|CS|||DVHType|
30040002|CS|||DoseUnits|
30040004|CS|||DoseType|
30040005|CS|||SpatialTransformOfDose|Spatial Transform of Dose
30040006|LO|||DoseComment|
30040008|DS|3||NormalizationPoint|
3004000a|CS|||DoseSummationType|
3004000c|DS|2-n||GridFrameOffsetVector|
3004000e|DS|||DoseGridScaling|
30040010|SQ||R|RTDoseROISequence|
30040012|DS||R|DoseValue|
30040014|CS|1-3||TissueHeterogeneityCorrection|
30040040|DS|3||DVHNormalizationPoint|
30040042|DS|||DVHNormalizationDoseValue|
30040050|SQ|||DVHSequence|
30040052|DS|||DVHDoseScaling|
30040054|CS|||DVHVolumeUnits|
30040056|IS|||DVHNumberOfBins|DVH Number of Bins
30040058|DS|2-2n||DVHData|
30040060|SQ|||DVHReferencedROISequence|
30040062|CS|||DVHROIContributionType|DVH ROI Contribution Type
30040070|DS|||DVHMinimumDose|
30040072|DS|||DVHMaximumDose|
30040074|DS|||DVHMeanDose|
30060002|SH|||StructureSetLabel|
30060004|LO|||StructureSetName|
30060006|ST|||StructureSetDescription|
30060008|DA|||StructureSetDate|
30060009|TM|||StructureSetTime|
30060010|SQ|||ReferencedFrameOfReferenceSequence|Referenced Frame of Reference Sequence
30060012|SQ|||RTReferencedStudySequence|
30060014|SQ|||RTReferencedSeriesSequence|
30060016|SQ|||ContourImageSequence|
30060018|SQ|||PredecessorStructureSetSequence|
30060020|SQ|||StructureSetROISequence|
30060022|IS|||ROINumber|
30060024|UI|||ReferencedFrameOfReferenceUID|Referenced Frame of Reference UID
30060026|LO|||ROIName|
30060028|ST|||ROIDescription|
3006002a|IS|3||ROIDisplayColor|
3006002c|DS|||ROIVolume|
3006002d|DT|||ROIDateTime|ROI DateTime
3006002e|DT|||ROIObservationDateTime|ROI Observation DateTime
30060030|SQ|||RTRelatedROISequence|
30060033|CS|||RTROIRelationship|RT ROI Relationship
30060036|CS|||ROIGenerationAlgorithm|
30060037|SQ|||ROIDerivationAlgorithmIdentificationSequence|
30060038|LO|||ROIGenerationDescription|
30060039|SQ|||ROIContourSequence|
30060040|SQ|||ContourSequence|
30060042|CS|||ContourGeometricType|
30060044|DS||R|ContourSlabThickness|
30060045|DS|3|R|ContourOffsetVector|
30060046|IS|||NumberOfContourPoints|Number of Contour Points
30060048|IS|||ContourNumber|
30060049|IS|1-n|R|AttachedContours|
3006004a|SQ|||SourcePixelPlanesCharacteristicsSequence|
3006004b|SQ|||SourceSeriesSequence|
3006004c|SQ|||SourceSeriesInformationSequence|
3006004d|SQ|||ROICreatorSequence|
3006004e|SQ|||ROIInterpreterSequence|
3006004f|SQ|||ROIObservationContextCodeSequence|
30060050|DS|3-3n||ContourData|
30060080|SQ|||RTROIObservationsSequence|RT ROI Observations Sequence
30060082|IS|||ObservationNumber|
30060084|IS|||ReferencedROINumber|
30060085|SH||R|ROIObservationLabel|
30060086|SQ|||RTROIIdentificationCodeSequence|RT ROI Identification Code Sequence
30060088|ST||R|ROIObservationDescription|
300600a0|SQ|||RelatedRTROIObservationsSequence|Related RT ROI Observations Sequence
300600a4|CS|||RTROIInterpretedType|RT ROI Interpreted Type
300600a6|PN|||ROIInterpreter|
300600b0|SQ|||ROIPhysicalPropertiesSequence|
300600b2|CS|||ROIPhysicalProperty|
300600b4|DS|||ROIPhysicalPropertyValue|
300600b6|SQ|||ROIElementalCompositionSequence|
300600b7|US|||ROIElementalCompositionAtomicNumber|
300600b8|FL|||ROIElementalCompositionAtomicMassFraction|
300600b9|SQ||R|AdditionalRTROIIdentificationCodeSequence|Additional RT ROI Identification Code Sequence
300600c0|SQ||R|FrameOfReferenceRelationshipSequence|Frame of Reference Relationship Sequence
300600c2|UI||R|RelatedFrameOfReferenceUID|Related Frame of Reference UID
300600c4|CS||R|FrameOfReferenceTransformationType|Frame of Reference Transformation Type
300600c6|DS|16||FrameOfReferenceTransformationMatrix|Frame of Reference Transformation Matrix
300600c8|LO|||FrameOfReferenceTransformationComment|Frame of Reference Transformation Comment
300600c9|SQ|||PatientLocationCoordinatesSequence|
300600ca|SQ|||PatientLocationCoordinatesCodeSequence|
300600cb|SQ|||PatientSupportPositionSequence|
30080010|SQ|||MeasuredDoseReferenceSequence|
30080012|ST|||MeasuredDoseDescription|
30080014|CS|||MeasuredDoseType|
30080016|DS|||MeasuredDoseValue|
30080020|SQ|||TreatmentSessionBeamSequence|
30080021|SQ|||TreatmentSessionIonBeamSequence|
30080022|IS|||CurrentFractionNumber|
30080024|DA|||TreatmentControlPointDate|
30080025|TM|||TreatmentControlPointTime|
3008002a|CS|||TreatmentTerminationStatus|
3008002b|SH||R|TreatmentTerminationCode|
3008002c|CS|||TreatmentVerificationStatus|
30080030|SQ|||ReferencedTreatmentRecordSequence|
30080032|DS|||SpecifiedPrimaryMeterset|
30080033|DS|||SpecifiedSecondaryMeterset|
30080036|DS|||DeliveredPrimaryMeterset|
30080037|DS|||DeliveredSecondaryMeterset|
3008003a|DS|||SpecifiedTreatmentTime|
3008003b|DS|||DeliveredTreatmentTime|
30080040|SQ|||ControlPointDeliverySequence|
30080041|SQ|||IonControlPointDeliverySequence|
30080042|DS|||SpecifiedMeterset|
30080044|DS|||DeliveredMeterset|
30080045|FL|||MetersetRateSet|
30080046|FL|||MetersetRateDelivered|
30080047|FL|1-n||ScanSpotMetersetsDelivered|
30080048|DS|||DoseRateDelivered|
30080050|SQ|||TreatmentSummaryCalculatedDoseReferenceSequence|
30080052|DS|||CumulativeDoseToDoseReference|Cumulative Dose to Dose Reference
30080054|DA|||FirstTreatmentDate|
30080056|DA|||MostRecentTreatmentDate|
3008005a|IS|||NumberOfFractionsDelivered|Number of Fractions Delivered
30080060|SQ|||OverrideSequence|
30080061|AT|||ParameterSequencePointer|
30080062|AT|||OverrideParameterPointer|
30080063|IS|||ParameterItemIndex|
30080064|IS|||MeasuredDoseReferenceNumber|
30080065|AT|||ParameterPointer|
30080066|ST|||OverrideReason|
30080067|US|||ParameterValueNumber|
30080068|SQ|||CorrectedParameterSequence|
3008006a|FL|||CorrectionValue|
30080070|SQ|||CalculatedDoseReferenceSequence|
30080072|IS|||CalculatedDoseReferenceNumber|
30080074|ST|||CalculatedDoseReferenceDescription|
30080076|DS|||CalculatedDoseReferenceDoseValue|
30080078|DS|||StartMeterset|
3008007a|DS|||EndMeterset|
30080080|SQ|||ReferencedMeasuredDoseReferenceSequence|
30080082|IS|||ReferencedMeasuredDoseReferenceNumber|
30080090|SQ|||ReferencedCalculatedDoseReferenceSequence|
30080092|IS|||ReferencedCalculatedDoseReferenceNumber|
300800a0|SQ|||BeamLimitingDeviceLeafPairsSequence|
300800a1|SQ|||EnhancedRTBeamLimitingDeviceSequence|
300800a2|SQ|||EnhancedRTBeamLimitingOpeningSequence|
300800a3|CS|||EnhancedRTBeamLimitingDeviceDefinitionFlag|
300800a4|FD|2-2n||ParallelRTBeamDelimiterOpeningExtents|
300800b0|SQ|||RecordedWedgeSequence|
300800c0|SQ|||RecordedCompensatorSequence|
300800d0|SQ|||RecordedBlockSequence|
300800d1|SQ|||RecordedBlockSlabSequence|
300800e0|SQ|||TreatmentSummaryMeasuredDoseReferenceSequence|
300800f0|SQ|||RecordedSnoutSequence|
300800f2|SQ|||RecordedRangeShifterSequence|
300800f4|SQ|||RecordedLateralSpreadingDeviceSequence|
300800f6|SQ|||RecordedRangeModulatorSequence|
30080100|SQ|||RecordedSourceSequence|
30080105|LO|||SourceSerialNumber|
30080110|SQ|||TreatmentSessionApplicationSetupSequence|
30080116|CS|||ApplicationSetupCheck|
30080120|SQ|||RecordedBrachyAccessoryDeviceSequence|
30080122|IS|||ReferencedBrachyAccessoryDeviceNumber|
30080130|SQ|||RecordedChannelSequence|
30080132|DS|||SpecifiedChannelTotalTime|
30080134|DS|||DeliveredChannelTotalTime|
30080136|IS|||SpecifiedNumberOfPulses|Specified Number of Pulses
30080138|IS|||DeliveredNumberOfPulses|Delivered Number of Pulses
3008013a|DS|||SpecifiedPulseRepetitionInterval|
3008013c|DS|||DeliveredPulseRepetitionInterval|
30080140|SQ|||RecordedSourceApplicatorSequence|
30080142|IS|||ReferencedSourceApplicatorNumber|
30080150|SQ|||RecordedChannelShieldSequence|
30080152|IS|||ReferencedChannelShieldNumber|
30080160|SQ|||BrachyControlPointDeliveredSequence|
30080162|DA|||SafePositionExitDate|
30080164|TM|||SafePositionExitTime|
30080166|DA|||SafePositionReturnDate|
30080168|TM|||SafePositionReturnTime|
30080171|SQ|||PulseSpecificBrachyControlPointDeliveredSequence|
30080172|US|||PulseNumber|
30080173|SQ|||BrachyPulseControlPointDeliveredSequence|
30080200|CS|||CurrentTreatmentStatus|
30080202|ST|||TreatmentStatusComment|
30080220|SQ|||FractionGroupSummarySequence|
30080223|IS|||ReferencedFractionNumber|
30080224|CS|||FractionGroupType|
30080230|CS|||BeamStopperPosition|
30080240|SQ|||FractionStatusSummarySequence|
30080250|DA|||TreatmentDate|
30080251|TM|||TreatmentTime|
300a0002|SH|||RTPlanLabel|
300a0003|LO|||RTPlanName|
300a0004|ST|||RTPlanDescription|
300a0006|DA|||RTPlanDate|
300a0007|TM|||RTPlanTime|
300a0009|LO|1-n||TreatmentProtocols|
300a000a|CS|||PlanIntent|
300a000b|LO|1-n|R|TreatmentSites|
300a000c|CS|||RTPlanGeometry|
300a000e|ST|||PrescriptionDescription|
300a0010|SQ|||DoseReferenceSequence|
300a0012|IS|||DoseReferenceNumber|
300a0013|UI|||DoseReferenceUID|
300a0014|CS|||DoseReferenceStructureType|
300a0015|CS|||NominalBeamEnergyUnit|
300a0016|LO|||DoseReferenceDescription|
300a0018|DS|3||DoseReferencePointCoordinates|
300a001a|DS|||NominalPriorDose|
300a0020|CS|||DoseReferenceType|
300a0021|DS|||ConstraintWeight|
300a0022|DS|||DeliveryWarningDose|
300a0023|DS|||DeliveryMaximumDose|
300a0025|DS|||TargetMinimumDose|
300a0026|DS|||TargetPrescriptionDose|
300a0027|DS|||TargetMaximumDose|
300a0028|DS|||TargetUnderdoseVolumeFraction|
300a002a|DS|||OrganAtRiskFullVolumeDose|Organ at Risk Full-volume Dose
300a002b|DS|||OrganAtRiskLimitDose|Organ at Risk Limit Dose
300a002c|DS|||OrganAtRiskMaximumDose|Organ at Risk Maximum Dose
300a002d|DS|||OrganAtRiskOverdoseVolumeFraction|Organ at Risk Overdose Volume Fraction
300a0040|SQ|||ToleranceTableSequence|
300a0042|IS|||ToleranceTableNumber|
300a0043|SH|||ToleranceTableLabel|
300a0044|DS|||GantryAngleTolerance|
300a0046|DS|||BeamLimitingDeviceAngleTolerance|
300a0048|SQ|||BeamLimitingDeviceToleranceSequence|
300a004a|DS|||BeamLimitingDevicePositionTolerance|
300a004b|FL|||SnoutPositionTolerance|
300a004c|DS|||PatientSupportAngleTolerance|
300a004e|DS|||TableTopEccentricAngleTolerance|
300a004f|FL|||TableTopPitchAngleTolerance|
300a0050|FL|||TableTopRollAngleTolerance|
300a0051|DS|||TableTopVerticalPositionTolerance|
300a0052|DS|||TableTopLongitudinalPositionTolerance|
300a0053|DS|||TableTopLateralPositionTolerance|
300a0055|CS|||RTPlanRelationship|
300a0070|SQ|||FractionGroupSequence|
300a0071|IS|||FractionGroupNumber|
300a0072|LO|||FractionGroupDescription|
300a0078|IS|||NumberOfFractionsPlanned|Number of Fractions Planned
300a0079|IS|||NumberOfFractionPatternDigitsPerDay|Number of Fraction Pattern Digits Per Day
300a007a|IS|||RepeatFractionCycleLength|
300a007b|LT|||FractionPattern|
300a0080|IS|||NumberOfBeams|Number of Beams
300a0082|DS|3|R|BeamDoseSpecificationPoint|
300a0083|UI|||ReferencedDoseReferenceUID|
300a0084|DS|||BeamDose|
300a0086|DS|||BeamMeterset|
300a0088|FL|||BeamDosePointDepth|
300a0089|FL|||BeamDosePointEquivalentDepth|
300a008a|FL|||BeamDosePointSSD|
300a008b|CS|||BeamDoseMeaning|
300a008c|SQ|||BeamDoseVerificationControlPointSequence|
300a008d|FL||R|AverageBeamDosePointDepth|
300a008e|FL||R|AverageBeamDosePointEquivalentDepth|
300a008f|FL||R|AverageBeamDosePointSSD|
300a0090|CS|||BeamDoseType|
300a0091|DS|||AlternateBeamDose|
300a0092|CS|||AlternateBeamDoseType|
300a0093|CS|||DepthValueAveragingFlag|
300a0094|DS|||BeamDosePointSourceToExternalContourDistance|Beam Dose Point Source to External Contour Distance
300a00a0|IS|||NumberOfBrachyApplicationSetups|Number of Brachy Application Setups
300a00a2|DS|3||BrachyApplicationSetupDoseSpecificationPoint|
300a00a4|DS|||BrachyApplicationSetupDose|
300a00b0|SQ|||BeamSequence|
300a00b2|SH|||TreatmentMachineName|
300a00b3|CS|||PrimaryDosimeterUnit|
300a00b4|DS|||SourceAxisDistance|Source-Axis Distance
300a00b6|SQ|||BeamLimitingDeviceSequence|
300a00b8|CS|||RTBeamLimitingDeviceType|
300a00ba|DS|||SourceToBeamLimitingDeviceDistance|Source to Beam Limiting Device Distance
300a00bb|FL|||IsocenterToBeamLimitingDeviceDistance|Isocenter to Beam Limiting Device Distance
300a00bc|IS|||NumberOfLeafJawPairs|Number of Leaf/Jaw Pairs
300a00be|DS|3-n||LeafPositionBoundaries|
300a00c0|IS|||BeamNumber|
300a00c2|LO|||BeamName|
300a00c3|ST|||BeamDescription|
300a00c4|CS|||BeamType|
300a00c5|FD|||BeamDeliveryDurationLimit|
300a00c6|CS|||RadiationType|
300a00c7|CS|||HighDoseTechniqueType|High-Dose Technique Type
300a00c8|IS|||ReferenceImageNumber|
300a00ca|SQ|||PlannedVerificationImageSequence|
300a00cc|LO|1-n||ImagingDeviceSpecificAcquisitionParameters|Imaging Device-Specific Acquisition Parameters
300a00ce|CS|||TreatmentDeliveryType|
300a00d0|IS|||NumberOfWedges|Number of Wedges
300a00d1|SQ|||WedgeSequence|
300a00d2|IS|||WedgeNumber|
300a00d3|CS|||WedgeType|
300a00d4|SH|||WedgeID|
300a00d5|IS|||WedgeAngle|
300a00d6|DS|||WedgeFactor|
300a00d7|FL|||TotalWedgeTrayWaterEquivalentThickness|Total Wedge Tray Water-Equivalent Thickness
300a00d8|DS|||WedgeOrientation|
300a00d9|FL|||IsocenterToWedgeTrayDistance|Isocenter to Wedge Tray Distance
300a00da|DS|||SourceToWedgeTrayDistance|Source to Wedge Tray Distance
300a00db|FL|||WedgeThinEdgePosition|
300a00dc|SH|||BolusID|
300a00dd|ST|||BolusDescription|
300a00de|DS|||EffectiveWedgeAngle|
300a00e0|IS|||NumberOfCompensators|Number of Compensators
300a00e1|SH|||MaterialID|
300a00e2|DS|||TotalCompensatorTrayFactor|
300a00e3|SQ|||CompensatorSequence|
300a00e4|IS|||CompensatorNumber|
300a00e5|SH|||CompensatorID|
300a00e6|DS|||SourceToCompensatorTrayDistance|Source to Compensator Tray Distance
300a00e7|IS|||CompensatorRows|
300a00e8|IS|||CompensatorColumns|
300a00e9|DS|2||CompensatorPixelSpacing|
300a00ea|DS|2||CompensatorPosition|
300a00eb|DS|1-n||CompensatorTransmissionData|
300a00ec|DS|1-n||CompensatorThicknessData|
300a00ed|IS|||NumberOfBoli|Number of Boli
300a00ee|CS|||CompensatorType|
300a00ef|SH|||CompensatorTrayID|
300a00f0|IS|||NumberOfBlocks|Number of Blocks
300a00f2|DS|||TotalBlockTrayFactor|
300a00f3|FL|||TotalBlockTrayWaterEquivalentThickness|Total Block Tray Water-Equivalent Thickness
300a00f4|SQ|||BlockSequence|
300a00f5|SH|||BlockTrayID|
300a00f6|DS|||SourceToBlockTrayDistance|Source to Block Tray Distance
300a00f7|FL|||IsocenterToBlockTrayDistance|Isocenter to Block Tray Distance
300a00f8|CS|||BlockType|
300a00f9|LO|||AccessoryCode|
300a00fa|CS|||BlockDivergence|
300a00fb|CS|||BlockMountingPosition|
300a00fc|IS|||BlockNumber|
300a00fe|LO|||BlockName|
300a0100|DS|||BlockThickness|
300a0102|DS|||BlockTransmission|
300a0104|IS|||BlockNumberOfPoints|Block Number of Points
300a0106|DS|2-2n||BlockData|
300a0107|SQ|||ApplicatorSequence|
300a0108|SH|||ApplicatorID|
300a0109|CS|||ApplicatorType|
300a010a|LO|||ApplicatorDescription|
300a010c|DS|||CumulativeDoseReferenceCoefficient|
300a010e|DS|||FinalCumulativeMetersetWeight|
300a0110|IS|||NumberOfControlPoints|Number of Control Points
300a0111|SQ|||ControlPointSequence|
300a0112|IS|||ControlPointIndex|
300a0114|DS|||NominalBeamEnergy|
300a0115|DS|||DoseRateSet|
300a0116|SQ|||WedgePositionSequence|
300a0118|CS|||WedgePosition|
300a011a|SQ|||BeamLimitingDevicePositionSequence|
300a011c|DS|2-2n||LeafJawPositions|Leaf/Jaw Positions
300a011e|DS|||GantryAngle|
300a011f|CS|||GantryRotationDirection|
300a0120|DS|||BeamLimitingDeviceAngle|
300a0121|CS|||BeamLimitingDeviceRotationDirection|
300a0122|DS|||PatientSupportAngle|
300a0123|CS|||PatientSupportRotationDirection|
300a0124|DS|||TableTopEccentricAxisDistance|
300a0125|DS|||TableTopEccentricAngle|
300a0126|CS|||TableTopEccentricRotationDirection|
300a0128|DS|||TableTopVerticalPosition|
300a0129|DS|||TableTopLongitudinalPosition|
300a012a|DS|||TableTopLateralPosition|
300a012c|DS|3||IsocenterPosition|
300a012e|DS|3||SurfaceEntryPoint|
300a0130|DS|||SourceToSurfaceDistance|Source to Surface Distance
300a0131|FL|||AverageBeamDosePointSourceToExternalContourDistance|Average Beam Dose Point Source to External Contour Distance
300a0132|FL|||SourceToExternalContourDistance|Source to External Contour Distance
300a0133|FL|3||ExternalContourEntryPoint|
300a0134|DS|||CumulativeMetersetWeight|
300a0140|FL|||TableTopPitchAngle|
300a0142|CS|||TableTopPitchRotationDirection|
300a0144|FL|||TableTopRollAngle|
300a0146|CS|||TableTopRollRotationDirection|
300a0148|FL|||HeadFixationAngle|
300a014a|FL|||GantryPitchAngle|
300a014c|CS|||GantryPitchRotationDirection|
300a014e|FL|||GantryPitchAngleTolerance|
300a0150|CS|||FixationEye|
300a0151|DS|||ChairHeadFramePosition|
300a0152|DS|||HeadFixationAngleTolerance|
300a0153|DS|||ChairHeadFramePositionTolerance|
300a0154|DS|||FixationLightAzimuthalAngleTolerance|
300a0155|DS|||FixationLightPolarAngleTolerance|
300a0180|SQ|||PatientSetupSequence|
300a0182|IS|||PatientSetupNumber|
300a0183|LO|||PatientSetupLabel|
300a0184|LO|||PatientAdditionalPosition|
300a0190|SQ|||FixationDeviceSequence|
300a0192|CS|||FixationDeviceType|
300a0194|SH|||FixationDeviceLabel|
300a0196|ST|||FixationDeviceDescription|
300a0198|SH|||FixationDevicePosition|
300a0199|FL|||FixationDevicePitchAngle|
300a019a|FL|||FixationDeviceRollAngle|
300a01a0|SQ|||ShieldingDeviceSequence|
300a01a2|CS|||ShieldingDeviceType|
300a01a4|SH|||ShieldingDeviceLabel|
300a01a6|ST|||ShieldingDeviceDescription|
300a01a8|SH|||ShieldingDevicePosition|
300a01b0|CS|||SetupTechnique|
300a01b2|ST|||SetupTechniqueDescription|
300a01b4|SQ|||SetupDeviceSequence|
300a01b6|CS|||SetupDeviceType|
300a01b8|SH|||SetupDeviceLabel|
300a01ba|ST|||SetupDeviceDescription|
300a01bc|DS|||SetupDeviceParameter|
300a01d0|ST|||SetupReferenceDescription|
300a01d2|DS|||TableTopVerticalSetupDisplacement|
300a01d4|DS|||TableTopLongitudinalSetupDisplacement|
300a01d6|DS|||TableTopLateralSetupDisplacement|
300a0200|CS|||BrachyTreatmentTechnique|
300a0202|CS|||BrachyTreatmentType|
300a0206|SQ|||TreatmentMachineSequence|
300a0210|SQ|||SourceSequence|
300a0212|IS|||SourceNumber|
300a0214|CS|||SourceType|
300a0216|LO|||SourceManufacturer|
300a0218|DS|||ActiveSourceDiameter|
300a021a|DS|||ActiveSourceLength|
300a021b|SH|||SourceModelID|
300a021c|LO|||SourceDescription|
300a0222|DS|||SourceEncapsulationNominalThickness|
300a0224|DS|||SourceEncapsulationNominalTransmission|
300a0226|LO|||SourceIsotopeName|
300a0228|DS|||SourceIsotopeHalfLife|
300a0229|CS|||SourceStrengthUnits|
300a022a|DS|||ReferenceAirKermaRate|
300a022b|DS|||SourceStrength|
300a022c|DA|||SourceStrengthReferenceDate|
300a022e|TM|||SourceStrengthReferenceTime|
300a0230|SQ|||ApplicationSetupSequence|
300a0232|CS|||ApplicationSetupType|
300a0234|IS|||ApplicationSetupNumber|
300a0236|LO|||ApplicationSetupName|
300a0238|LO|||ApplicationSetupManufacturer|
300a0240|IS|||TemplateNumber|
300a0242|SH|||TemplateType|
300a0244|LO|||TemplateName|
300a0250|DS|||TotalReferenceAirKerma|
300a0260|SQ|||BrachyAccessoryDeviceSequence|
300a0262|IS|||BrachyAccessoryDeviceNumber|
300a0263|SH|||BrachyAccessoryDeviceID|
300a0264|CS|||BrachyAccessoryDeviceType|
300a0266|LO|||BrachyAccessoryDeviceName|
300a026a|DS|||BrachyAccessoryDeviceNominalThickness|
300a026c|DS|||BrachyAccessoryDeviceNominalTransmission|
300a0271|DS|||ChannelEffectiveLength|
300a0272|DS|||ChannelInnerLength|
300a0273|SH|||AfterloaderChannelID|
300a0274|DS|||SourceApplicatorTipLength|
300a0280|SQ|||ChannelSequence|
300a0282|IS|||ChannelNumber|
300a0284|DS|||ChannelLength|
300a0286|DS|||ChannelTotalTime|
300a0288|CS|||SourceMovementType|
300a028a|IS|||NumberOfPulses|Number of Pulses
300a028c|DS|||PulseRepetitionInterval|
300a0290|IS|||SourceApplicatorNumber|
300a0291|SH|||SourceApplicatorID|
300a0292|CS|||SourceApplicatorType|
300a0294|LO|||SourceApplicatorName|
300a0296|DS|||SourceApplicatorLength|
300a0298|LO|||SourceApplicatorManufacturer|
300a029c|DS|||SourceApplicatorWallNominalThickness|
300a029e|DS|||SourceApplicatorWallNominalTransmission|
300a02a0|DS|||SourceApplicatorStepSize|
300a02a1|IS|||ApplicatorShapeReferencedROINumber|
300a02a2|IS|||TransferTubeNumber|
300a02a4|DS|||TransferTubeLength|
300a02b0|SQ|||ChannelShieldSequence|
300a02b2|IS|||ChannelShieldNumber|
300a02b3|SH|||ChannelShieldID|
300a02b4|LO|||ChannelShieldName|
300a02b8|DS|||ChannelShieldNominalThickness|
300a02ba|DS|||ChannelShieldNominalTransmission|
300a02c8|DS|||FinalCumulativeTimeWeight|
300a02d0|SQ|||BrachyControlPointSequence|
300a02d2|DS|||ControlPointRelativePosition|
300a02d4|DS|3||ControlPoint3DPosition|Control Point 3D Position
300a02d6|DS|||CumulativeTimeWeight|
300a02e0|CS|||CompensatorDivergence|
300a02e1|CS|||CompensatorMountingPosition|
300a02e2|DS|1-n||SourceToCompensatorDistance|Source to Compensator Distance
300a02e3|FL|||TotalCompensatorTrayWaterEquivalentThickness|Total Compensator Tray Water-Equivalent Thickness
300a02e4|FL|||IsocenterToCompensatorTrayDistance|Isocenter to Compensator Tray Distance
300a02e5|FL|||CompensatorColumnOffset|
300a02e6|FL|1-n||IsocenterToCompensatorDistances|Isocenter to Compensator Distances
300a02e7|FL|||CompensatorRelativeStoppingPowerRatio|
300a02e8|FL|||CompensatorMillingToolDiameter|
300a02ea|SQ|||IonRangeCompensatorSequence|
300a02eb|LT|||CompensatorDescription|
300a0302|IS|||RadiationMassNumber|
300a0304|IS|||RadiationAtomicNumber|
300a0306|SS|||RadiationChargeState|
300a0308|CS|||ScanMode|
300a0309|CS|||ModulatedScanModeType|
300a030a|FL|2||VirtualSourceAxisDistances|Virtual Source-Axis Distances
300a030c|SQ|||SnoutSequence|
300a030d|FL|||SnoutPosition|
300a030f|SH|||SnoutID|
300a0312|IS|||NumberOfRangeShifters|Number of Range Shifters
300a0314|SQ|||RangeShifterSequence|
300a0316|IS|||RangeShifterNumber|
300a0318|SH|||RangeShifterID|
300a0320|CS|||RangeShifterType|
300a0322|LO|||RangeShifterDescription|
300a0330|IS|||NumberOfLateralSpreadingDevices|Number of Lateral Spreading Devices
300a0332|SQ|||LateralSpreadingDeviceSequence|
300a0334|IS|||LateralSpreadingDeviceNumber|
300a0336|SH|||LateralSpreadingDeviceID|
300a0338|CS|||LateralSpreadingDeviceType|
300a033a|LO|||LateralSpreadingDeviceDescription|
300a033c|FL|||LateralSpreadingDeviceWaterEquivalentThickness|
300a0340|IS|||NumberOfRangeModulators|Number of Range Modulators
300a0342|SQ|||RangeModulatorSequence|
300a0344|IS|||RangeModulatorNumber|
300a0346|SH|||RangeModulatorID|
300a0348|CS|||RangeModulatorType|
300a034a|LO|||RangeModulatorDescription|
300a034c|SH|||BeamCurrentModulationID|
300a0350|CS|||PatientSupportType|
300a0352|SH|||PatientSupportID|
300a0354|LO|||PatientSupportAccessoryCode|
300a0355|LO|||TrayAccessoryCode|
300a0356|FL|||FixationLightAzimuthalAngle|
300a0358|FL|||FixationLightPolarAngle|
300a035a|FL|||MetersetRate|
300a0360|SQ|||RangeShifterSettingsSequence|
300a0362|LO|||RangeShifterSetting|
300a0364|FL|||IsocenterToRangeShifterDistance|Isocenter to Range Shifter Distance
300a0366|FL|||RangeShifterWaterEquivalentThickness|
300a0370|SQ|||LateralSpreadingDeviceSettingsSequence|
300a0372|LO|||LateralSpreadingDeviceSetting|
300a0374|FL|||IsocenterToLateralSpreadingDeviceDistance|Isocenter to Lateral Spreading Device Distance
300a0380|SQ|||RangeModulatorSettingsSequence|
300a0382|FL|||RangeModulatorGatingStartValue|
300a0384|FL|||RangeModulatorGatingStopValue|
300a0386|FL|||RangeModulatorGatingStartWaterEquivalentThickness|
300a0388|FL|||RangeModulatorGatingStopWaterEquivalentThickness|
300a038a|FL|||IsocenterToRangeModulatorDistance|Isocenter to Range Modulator Distance
300a038f|FL|1-n||ScanSpotTimeOffset|
300a0390|SH|||ScanSpotTuneID|
300a0391|IS|1-n||ScanSpotPrescribedIndices|
300a0392|IS|||NumberOfScanSpotPositions|Number of Scan Spot Positions
300a0393|CS|||ScanSpotReordered|
300a0394|FL|1-n||ScanSpotPositionMap|
300a0395|CS|||ScanSpotReorderingAllowed|
300a0396|FL|1-n||ScanSpotMetersetWeights|
300a0398|FL|2||ScanningSpotSize|
300a0399|FL|2-2n||ScanSpotSizesDelivered|
300a039a|IS|||NumberOfPaintings|Number of Paintings
300a03a0|SQ|||IonToleranceTableSequence|
300a03a2|SQ|||IonBeamSequence|
300a03a4|SQ|||IonBeamLimitingDeviceSequence|
300a03a6|SQ|||IonBlockSequence|
300a03a8|SQ|||IonControlPointSequence|
300a03aa|SQ|||IonWedgeSequence|
300a03ac|SQ|||IonWedgePositionSequence|
300a0401|SQ|||ReferencedSetupImageSequence|
300a0402|ST|||SetupImageComment|
300a0410|SQ|||MotionSynchronizationSequence|
300a0412|FL|3||ControlPointOrientation|
300a0420|SQ|||GeneralAccessorySequence|
300a0421|SH|||GeneralAccessoryID|
300a0422|ST|||GeneralAccessoryDescription|
300a0423|CS|||GeneralAccessoryType|
300a0424|IS|||GeneralAccessoryNumber|
300a0425|FL|||SourceToGeneralAccessoryDistance|Source to General Accessory Distance
300a0426|DS|||IsocenterToGeneralAccessoryDistance|Isocenter to General Accessory Distance
300a0431|SQ|||ApplicatorGeometrySequence|
300a0432|CS|||ApplicatorApertureShape|
300a0433|FL|||ApplicatorOpening|
300a0434|FL|||ApplicatorOpeningX|
300a0435|FL|||ApplicatorOpeningY|
300a0436|FL|||SourceToApplicatorMountingPositionDistance|Source to Applicator Mounting Position Distance
300a0440|IS|||NumberOfBlockSlabItems|Number of Block Slab Items
300a0441|SQ|||BlockSlabSequence|
300a0442|DS|||BlockSlabThickness|
300a0443|US|||BlockSlabNumber|
300a0450|SQ|||DeviceMotionControlSequence|
300a0451|CS|||DeviceMotionExecutionMode|
300a0452|CS|||DeviceMotionObservationMode|
300a0453|SQ|||DeviceMotionParameterCodeSequence|
300a0501|FL|||DistalDepthFraction|
300a0502|FL|||DistalDepth|
300a0503|FL|2||NominalRangeModulationFractions|
300a0504|FL|2||NominalRangeModulatedRegionDepths|
300a0505|SQ|||DepthDoseParametersSequence|
300a0506|SQ|||DeliveredDepthDoseParametersSequence|
300a0507|FL|||DeliveredDistalDepthFraction|
300a0508|FL|||DeliveredDistalDepth|
300a0509|FL|2||DeliveredNominalRangeModulationFractions|
300a0510|FL|2||DeliveredNominalRangeModulatedRegionDepths|
300a0511|CS|||DeliveredReferenceDoseDefinition|
300a0512|CS|||ReferenceDoseDefinition|
300a0600|US|||RTControlPointIndex|
300a0601|US|||RadiationGenerationModeIndex|
300a0602|US|||ReferencedDefinedDeviceIndex|
300a0603|US|||RadiationDoseIdentificationIndex|
300a0604|US|||NumberOfRTControlPoints|Number of RT Control Points
300a0605|US|||ReferencedRadiationGenerationModeIndex|
300a0606|US|||TreatmentPositionIndex|
300a0607|US|||ReferencedDeviceIndex|
300a0608|LO|||TreatmentPositionGroupLabel|
300a0609|UI|||TreatmentPositionGroupUID|
300a060a|SQ|||TreatmentPositionGroupSequence|
300a060b|US|||ReferencedTreatmentPositionIndex|
300a060c|US|||ReferencedRadiationDoseIdentificationIndex|
300a060d|FD|||RTAccessoryHolderWaterEquivalentThickness|RT Accessory Holder Water-Equivalent Thickness
300a060e|US|||ReferencedRTAccessoryHolderDeviceIndex|
300a060f|CS|||RTAccessoryHolderSlotExistenceFlag|
300a0610|SQ|||RTAccessoryHolderSlotSequence|
300a0611|LO|||RTAccessoryHolderSlotID|
300a0612|FD|||RTAccessoryHolderSlotDistance|
300a0613|FD|||RTAccessorySlotDistance|
300a0614|SQ|||RTAccessoryHolderDefinitionSequence|
300a0615|LO|||RTAccessoryDeviceSlotID|
300a0616|SQ|||RTRadiationSequence|
300a0617|SQ|||RadiationDoseSequence|
300a0618|SQ|||RadiationDoseIdentificationSequence|
300a0619|LO|||RadiationDoseIdentificationLabel|
300a061a|CS|||ReferenceDoseType|
300a061b|CS|||PrimaryDoseValueIndicator|
300a061c|SQ|||DoseValuesSequence|
300a061d|CS|1-n||DoseValuePurpose|
300a061e|FD|3||ReferenceDosePointCoordinates|
300a061f|SQ|||RadiationDoseValuesParametersSequence|
300a0620|SQ|||MetersetToDoseMappingSequence|Meterset to Dose Mapping Sequence
300a0621|SQ|||ExpectedInVivoMeasurementValuesSequence|Expected In-Vivo Measurement Values Sequence
300a0622|US|||ExpectedInVivoMeasurementValueIndex|Expected In-Vivo Measurement Value Index
300a0623|LO|||RadiationDoseInVivoMeasurementLabel|Radiation Dose In-Vivo Measurement Label
300a0624|FD|2||RadiationDoseCentralAxisDisplacement|
300a0625|FD|||RadiationDoseValue|
300a0626|FD|||RadiationDoseSourceToSkinDistance|Radiation Dose Source to Skin Distance
300a0627|FD|3||RadiationDoseMeasurementPointCoordinates|
300a0628|FD|||RadiationDoseSourceToExternalContourDistance|Radiation Dose Source to External Contour Distance
300a0629|SQ|||RTToleranceSetSequence|
300a062a|LO|||RTToleranceSetLabel|
300a062b|SQ|||AttributeToleranceValuesSequence|
300a062c|FD|||ToleranceValue|
300a062d|SQ|||PatientSupportPositionToleranceSequence|
300a062e|FD|||TreatmentTimeLimit|
300a062f|SQ|||CArmPhotonElectronControlPointSequence|C-Arm Photon-Electron Control Point Sequence
300a0630|SQ|||ReferencedRTRadiationSequence|
300a0631|SQ|||ReferencedRTInstanceSequence|
300a0632|SQ||R|ReferencedRTPatientSetupSequence|
300a0634|FD|||SourceToPatientSurfaceDistance|Source to Patient Surface Distance
300a0635|SQ|||TreatmentMachineSpecialModeCodeSequence|
300a0636|US|||IntendedNumberOfFractions|Intended Number of Fractions
300a0637|CS|||RTRadiationSetIntent|
300a0638|CS|||RTRadiationPhysicalAndGeometricContentDetailFlag|RT Radiation Physical and Geometric Content Detail Flag
300a0639|CS|||RTRecordFlag|
300a063a|SQ|||TreatmentDeviceIdentificationSequence|
300a063b|SQ|||ReferencedRTPhysicianIntentSequence|
300a063c|FD|||CumulativeMeterset|
300a063d|FD|||DeliveryRate|
300a063e|SQ|||DeliveryRateUnitSequence|
300a063f|SQ|||TreatmentPositionSequence|
300a0640|FD|||RadiationSourceAxisDistance|Radiation Source-Axis Distance
300a0641|US|||NumberOfRTBeamLimitingDevices|Number of RT Beam Limiting Devices
300a0642|FD|||RTBeamLimitingDeviceProximalDistance|
300a0643|FD|||RTBeamLimitingDeviceDistalDistance|
300a0644|SQ|||ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence|
300a0645|FD|||BeamModifierOrientationAngle|
300a0646|SQ|||FixedRTBeamDelimiterDeviceSequence|
300a0647|SQ|||ParallelRTBeamDelimiterDeviceSequence|
300a0648|US|||NumberOfParallelRTBeamDelimiters|Number of Parallel RT Beam Delimiters
300a0649|FD|2-n||ParallelRTBeamDelimiterBoundaries|
300a064a|FD|2-n||ParallelRTBeamDelimiterPositions|
300a064b|FD|2||RTBeamLimitingDeviceOffset|
300a064c|SQ|||RTBeamDelimiterGeometrySequence|
300a064d|SQ|||RTBeamLimitingDeviceDefinitionSequence|
300a064e|CS|||ParallelRTBeamDelimiterOpeningMode|
300a064f|CS|1-n||ParallelRTBeamDelimiterLeafMountingSide|
300a0650|UI||R|PatientSetupUID|
300a0651|SQ|||WedgeDefinitionSequence|
300a0652|FD|||RadiationBeamWedgeAngle|
300a0653|FD|||RadiationBeamWedgeThinEdgeDistance|
300a0654|FD|||RadiationBeamEffectiveWedgeAngle|
300a0655|US|||NumberOfWedgePositions|Number of Wedge Positions
300a0656|SQ|||RTBeamLimitingDeviceOpeningSequence|
300a0657|US|||NumberOfRTBeamLimitingDeviceOpenings|Number of RT Beam Limiting Device Openings
300a0658|SQ|||RadiationDosimeterUnitSequence|
300a0659|SQ|||RTDeviceDistanceReferenceLocationCodeSequence|
300a065a|SQ|||RadiationDeviceConfigurationAndCommissioningKeySequence|Radiation Device Configuration and Commissioning Key Sequence
300a065b|SQ|||PatientSupportPositionParameterSequence|
300a065c|CS|||PatientSupportPositionSpecificationMethod|
300a065d|SQ|||PatientSupportPositionDeviceParameterSequence|
300a065e|US|||DeviceOrderIndex|
300a065f|US|||PatientSupportPositionParameterOrderIndex|
300a0660|SQ|||PatientSupportPositionDeviceToleranceSequence|
300a0661|US|||PatientSupportPositionToleranceOrderIndex|
300a0662|SQ|||CompensatorDefinitionSequence|
300a0663|CS|||CompensatorMapOrientation|
300a0664|OF|||CompensatorProximalThicknessMap|
300a0665|OF|||CompensatorDistalThicknessMap|
300a0666|FD|||CompensatorBasePlaneOffset|
300a0667|SQ|||CompensatorShapeFabricationCodeSequence|
300a0668|SQ|||CompensatorShapeSequence|
300a0669|FD|||RadiationBeamCompensatorMillingToolDiameter|
300a066a|SQ|||BlockDefinitionSequence|
300a066b|OF|||BlockEdgeData|
300a066c|CS|||BlockOrientation|
300a066d|FD|||RadiationBeamBlockThickness|
300a066e|FD|||RadiationBeamBlockSlabThickness|
300a066f|SQ|||BlockEdgeDataSequence|
300a0670|US|||NumberOfRTAccessoryHolders|Number of RT Accessory Holders
300a0671|SQ|||GeneralAccessoryDefinitionSequence|
300a0672|US|||NumberOfGeneralAccessories|Number of General Accessories
300a0673|SQ|||BolusDefinitionSequence|
300a0674|US|||NumberOfBoluses|Number of Boluses
300a0675|UI|||EquipmentFrameOfReferenceUID|Equipment Frame of Reference UID
300a0676|ST|||EquipmentFrameOfReferenceDescription|Equipment Frame of Reference Description
300a0677|SQ|||EquipmentReferencePointCoordinatesSequence|
300a0678|SQ|||EquipmentReferencePointCodeSequence|
300a0679|FD|||RTBeamLimitingDeviceAngle|
300a067a|FD|||SourceRollAngle|
300a067b|SQ|||RadiationGenerationModeSequence|Radiation GenerationMode Sequence
300a067c|SH|||RadiationGenerationModeLabel|Radiation GenerationMode Label
300a067d|ST|||RadiationGenerationModeDescription|Radiation GenerationMode Description
300a067e|SQ|||RadiationGenerationModeMachineCodeSequence|Radiation GenerationMode Machine Code Sequence
300a067f|SQ|||RadiationTypeCodeSequence|
300a0680|DS|||NominalEnergy|
300a0681|DS|||MinimumNominalEnergy|
300a0682|DS|||MaximumNominalEnergy|
300a0683|SQ|||RadiationFluenceModifierCodeSequence|
300a0684|SQ|||EnergyUnitCodeSequence|
300a0685|US|||NumberOfRadiationGenerationModes|Number of Radiation GenerationModes
300a0686|SQ|||PatientSupportDevicesSequence|
300a0687|US|||NumberOfPatientSupportDevices|Number of Patient Support Devices
300a0688|FD|||RTBeamModifierDefinitionDistance|
300a0689|SQ|||BeamAreaLimitSequence|
300a068a|SQ|||ReferencedRTPrescriptionSequence|
300a068b|CS|||DoseValueInterpretation|
300a0700|UI|||TreatmentSessionUID|
300a0701|CS|||RTRadiationUsage|
300a0702|SQ|||ReferencedRTRadiationSetSequence|
300a0703|SQ|||ReferencedRTRadiationRecordSequence|
300a0704|US|||RTRadiationSetDeliveryNumber|
300a0705|US|||ClinicalFractionNumber|
300a0706|CS|||RTTreatmentFractionCompletionStatus|
300a0707|CS|||RTRadiationSetUsage|
300a0708|CS|||TreatmentDeliveryContinuationFlag|
300a0709|CS|||TreatmentRecordContentOrigin|
300a0714|CS|||RTTreatmentTerminationStatus|
300a0715|SQ|||RTTreatmentTerminationReasonCodeSequence|
300a0716|SQ|||MachineSpecificTreatmentTerminationCodeSequence|Machine-Specific Treatment Termination Code Sequence
300a0722|SQ|||RTRadiationSalvageRecordControlPointSequence|
300a0723|CS|||StartingMetersetValueKnownFlag|
300a0730|ST|||TreatmentTerminationDescription|
300a0731|SQ|||TreatmentToleranceViolationSequence|
300a0732|CS|||TreatmentToleranceViolationCategory|
300a0733|SQ|||TreatmentToleranceViolationAttributeSequence|
300a0734|ST|||TreatmentToleranceViolationDescription|
300a0735|ST|||TreatmentToleranceViolationIdentification|
300a0736|DT|||TreatmentToleranceViolationDateTime|Treatment Tolerance Violation DateTime
300a073a|DT|||RecordedRTControlPointDateTime|Recorded RT Control Point DateTime
300a073b|US|||ReferencedRadiationRTControlPointIndex|
300a073e|SQ|||AlternateValueSequence|
300a073f|SQ|||ConfirmationSequence|
300a0740|SQ|||InterlockSequence|
300a0741|DT|||InterlockDateTime|Interlock DateTime
300a0742|ST|||InterlockDescription|
300a0743|SQ|||InterlockOriginatingDeviceSequence|
300a0744|SQ|||InterlockCodeSequence|
300a0745|SQ|||InterlockResolutionCodeSequence|
300a0746|SQ|||InterlockResolutionUserSequence|
300a0760|DT|||OverrideDateTime|Override DateTime
300a0761|SQ|||TreatmentToleranceViolationTypeCodeSequence|
300a0762|SQ|||TreatmentToleranceViolationCauseCodeSequence|
300a0772|SQ|||MeasuredMetersetToDoseMappingSequence|Measured Meterset to Dose Mapping Sequence
300a0773|US|||ReferencedExpectedInVivoMeasurementValueIndex|Referenced Expected In-Vivo Measurement Value Index
300a0774|SQ|||DoseMeasurementDeviceCodeSequence|
300a0780|SQ|||AdditionalParameterRecordingInstanceSequence|
300a0782|US||R||
300a0783|ST|||InterlockOriginDescription|
300a0784|SQ|||RTPatientPositionScopeSequence|
300a0785|UI|||ReferencedTreatmentPositionGroupUID|
300a0786|US|||RadiationOrderIndex|
300a0787|SQ|||OmittedRadiationSequence|
300a0788|SQ|||ReasonForOmissionCodeSequence|Reason for Omission Code Sequence
300a0789|SQ|||RTDeliveryStartPatientPositionSequence|
300a078a|SQ|||RTTreatmentPreparationPatientPositionSequence|
300a078b|SQ|||ReferencedRTTreatmentPreparationSequence|
300a078c|SQ|||ReferencedPatientSetupPhotoSequence|
300a078d|SQ|||PatientTreatmentPreparationMethodCodeSequence|
300a078e|LT|||PatientTreatmentPreparationProcedureParameterDescription|
300a078f|SQ|||PatientTreatmentPreparationDeviceSequence|
300a0790|SQ|||PatientTreatmentPreparationProcedureSequence|
300a0791|SQ|||PatientTreatmentPreparationProcedureCodeSequence|
300a0792|LT|||PatientTreatmentPreparationMethodDescription|
300a0793|SQ|||PatientTreatmentPreparationProcedureParameterSequence|
300a0794|LT|||PatientSetupPhotoDescription|
300a0795|US|||PatientTreatmentPreparationProcedureIndex|
300a0796|US|||ReferencedPatientSetupProcedureIndex|
300a0797|SQ|||RTRadiationTaskSequence|
300a0798|SQ|||RTPatientPositionDisplacementSequence|
300a0799|SQ|||RTPatientPositionSequence|
300a079a|LO|||DisplacementReferenceLabel|
300a079b|FD|16||DisplacementMatrix|
300a079c|SQ|||PatientSupportDisplacementSequence|
300a079d|SQ|||DisplacementReferenceLocationCodeSequence|
300a079e|CS|||RTRadiationSetDeliveryUsage|
300c0002|SQ|||ReferencedRTPlanSequence|
300c0004|SQ|||ReferencedBeamSequence|
300c0006|IS|||ReferencedBeamNumber|
300c0007|IS|||ReferencedReferenceImageNumber|
300c0008|DS|||StartCumulativeMetersetWeight|
300c0009|DS|||EndCumulativeMetersetWeight|
300c000a|SQ|||ReferencedBrachyApplicationSetupSequence|
300c000c|IS|||ReferencedBrachyApplicationSetupNumber|
300c000e|IS|||ReferencedSourceNumber|
300c0020|SQ|||ReferencedFractionGroupSequence|
300c0022|IS|||ReferencedFractionGroupNumber|
300c0040|SQ|||ReferencedVerificationImageSequence|
300c0042|SQ|||ReferencedReferenceImageSequence|
300c0050|SQ|||ReferencedDoseReferenceSequence|
300c0051|IS|||ReferencedDoseReferenceNumber|
300c0055|SQ|||BrachyReferencedDoseReferenceSequence|
300c0060|SQ|||ReferencedStructureSetSequence|
300c006a|IS|||ReferencedPatientSetupNumber|
300c0080|SQ|||ReferencedDoseSequence|
300c00a0|IS|||ReferencedToleranceTableNumber|
300c00b0|SQ|||ReferencedBolusSequence|
300c00c0|IS|||ReferencedWedgeNumber|
300c00d0|IS|||ReferencedCompensatorNumber|
300c00e0|IS|||ReferencedBlockNumber|
300c00f0|IS|||ReferencedControlPointIndex|
300c00f2|SQ|||ReferencedControlPointSequence|
300c00f4|IS|||ReferencedStartControlPointIndex|
300c00f6|IS|||ReferencedStopControlPointIndex|
300c0100|IS|||ReferencedRangeShifterNumber|
300c0102|IS|||ReferencedLateralSpreadingDeviceNumber|
300c0104|IS|||ReferencedRangeModulatorNumber|
300c0111|SQ|||OmittedBeamTaskSequence|
300c0112|CS|||ReasonForOmission|Reason for Omission
300c0113|LO|||ReasonForOmissionDescription|Reason for Omission Description
300c0114|SQ|||PrescriptionOverviewSequence|
300c0115|FL|||TotalPrescriptionDose|
300c0116|SQ|||PlanOverviewSequence|
300c0117|US|||PlanOverviewIndex|
300c0118|US|||ReferencedPlanOverviewIndex|
300c0119|US|||NumberOfFractionsIncluded|Number of Fractions Included
300c0120|SQ|||DoseCalibrationConditionsSequence|
300c0121|FD|||AbsorbedDoseToMetersetRatio|Absorbed Dose to Meterset Ratio
300c0122|FD|2||DelineatedRadiationFieldSize|
300c0123|CS|||DoseCalibrationConditionsVerifiedFlag|
300c0124|FD|||CalibrationReferencePointDepth|
300c0125|SQ|||GatingBeamHoldTransitionSequence|
300c0126|CS|||BeamHoldTransition|
300c0127|DT|||BeamHoldTransitionDateTime|Beam Hold Transition DateTime
300c0128|SQ|||BeamHoldOriginatingDeviceSequence|
300c0129|CS|||BeamHoldTransitionTriggerSource|
300e0002|CS|||ApprovalStatus|
300e0004|DA|||ReviewDate|
300e0005|TM|||ReviewTime|
300e0008|PN|||ReviewerName|
30100001|SQ|||RadiobiologicalDoseEffectSequence|
30100002|CS|||RadiobiologicalDoseEffectFlag|
30100003|SQ|||EffectiveDoseCalculationMethodCategoryCodeSequence|
30100004|SQ|||EffectiveDoseCalculationMethodCodeSequence|
30100005|LO|||EffectiveDoseCalculationMethodDescription|
30100006|UI|||ConceptualVolumeUID|
30100007|SQ|||OriginatingSOPInstanceReferenceSequence|
30100008|SQ|||ConceptualVolumeConstituentSequence|
30100009|SQ|||EquivalentConceptualVolumeInstanceReferenceSequence|
3010000a|SQ|||EquivalentConceptualVolumesSequence|
3010000b|UI|||ReferencedConceptualVolumeUID|
3010000c|UT|||ConceptualVolumeCombinationExpression|
3010000d|US|||ConceptualVolumeConstituentIndex|
3010000e|CS|||ConceptualVolumeCombinationFlag|
3010000f|ST|||ConceptualVolumeCombinationDescription|
30100010|CS|||ConceptualVolumeSegmentationDefinedFlag|
30100011|SQ|||ConceptualVolumeSegmentationReferenceSequence|
30100012|SQ|||ConceptualVolumeConstituentSegmentationReferenceSequence|
30100013|UI|||ConstituentConceptualVolumeUID|
30100014|SQ|||DerivationConceptualVolumeSequence|
30100015|UI|||SourceConceptualVolumeUID|
30100016|SQ|||ConceptualVolumeDerivationAlgorithmSequence|
30100017|ST|||ConceptualVolumeDescription|
30100018|SQ|||SourceConceptualVolumeSequence|
30100019|SQ|||AuthorIdentificationSequence|
3010001a|LO|||ManufacturerModelVersion|Manufacturer's Model Version
3010001b|UC|||DeviceAlternateIdentifier|
3010001c|CS|||DeviceAlternateIdentifierType|
3010001d|LT|||DeviceAlternateIdentifierFormat|
3010001e|LO|||SegmentationCreationTemplateLabel|
3010001f|UI|||SegmentationTemplateUID|
30100020|US|||ReferencedSegmentReferenceIndex|
30100021|SQ|||SegmentReferenceSequence|
30100022|US|||SegmentReferenceIndex|
30100023|SQ|||DirectSegmentReferenceSequence|
30100024|SQ|||CombinationSegmentReferenceSequence|
30100025|SQ|||ConceptualVolumeSequence|
30100026|SQ|||SegmentedRTAccessoryDeviceSequence|
30100027|SQ|||SegmentCharacteristicsSequence|
30100028|SQ|||RelatedSegmentCharacteristicsSequence|
30100029|US|||SegmentCharacteristicsPrecedence|
3010002a|SQ|||RTSegmentAnnotationSequence|
3010002b|SQ|||SegmentAnnotationCategoryCodeSequence|
3010002c|SQ|||SegmentAnnotationTypeCodeSequence|
3010002d|LO|||DeviceLabel|
3010002e|SQ|||DeviceTypeCodeSequence|
3010002f|SQ|||SegmentAnnotationTypeModifierCodeSequence|
30100030|SQ|||PatientEquipmentRelationshipCodeSequence|
30100031|UI|||ReferencedFiducialsUID|
30100032|SQ|||PatientTreatmentOrientationSequence|
30100033|SH|||UserContentLabel|
30100034|LO|||UserContentLongLabel|
30100035|SH|||EntityLabel|
30100036|LO|||EntityName|
30100037|ST|||EntityDescription|
30100038|LO|||EntityLongLabel|
30100039|US|||DeviceIndex|
3010003a|US|||RTTreatmentPhaseIndex|
3010003b|UI|||RTTreatmentPhaseUID|
3010003c|US|||RTPrescriptionIndex|
3010003d|US|||RTSegmentAnnotationIndex|
3010003e|US|||BasisRTTreatmentPhaseIndex|
3010003f|US|||RelatedRTTreatmentPhaseIndex|
30100040|US|||ReferencedRTTreatmentPhaseIndex|
30100041|US|||ReferencedRTPrescriptionIndex|
30100042|US|||ReferencedParentRTPrescriptionIndex|
30100043|ST|||ManufacturerDeviceIdentifier|Manufacturer's Device Identifier
30100044|SQ|||InstanceLevelReferencedPerformedProcedureStepSequence|Instance-Level Referenced Performed Procedure Step Sequence
30100045|CS|||RTTreatmentPhaseIntentPresenceFlag|
30100046|CS|||RadiotherapyTreatmentType|
30100047|CS|1-n||TeletherapyRadiationType|
30100048|CS|1-n||BrachytherapySourceType|
30100049|SQ|||ReferencedRTTreatmentPhaseSequence|
3010004a|SQ|||ReferencedDirectSegmentInstanceSequence|
3010004b|SQ|||IntendedRTTreatmentPhaseSequence|
3010004c|DA|||IntendedPhaseStartDate|
3010004d|DA|||IntendedPhaseEndDate|
3010004e|SQ|||RTTreatmentPhaseIntervalSequence|
3010004f|CS|||TemporalRelationshipIntervalAnchor|
30100050|FD|||MinimumNumberOfIntervalDays|Minimum Number of Interval Days
30100051|FD|||MaximumNumberOfIntervalDays|Maximum Number of Interval Days
30100052|UI|1-n||PertinentSOPClassesInStudy|Pertinent SOP Classes in Study
30100053|UI|1-n||PertinentSOPClassesInSeries|Pertinent SOP Classes in Series
30100054|LO|||RTPrescriptionLabel|
30100055|SQ|||RTPhysicianIntentPredecessorSequence|
30100056|LO|||RTTreatmentApproachLabel|
30100057|SQ|||RTPhysicianIntentSequence|
30100058|US|||RTPhysicianIntentIndex|
30100059|CS|||RTTreatmentIntentType|
3010005a|UT|||RTPhysicianIntentNarrative|
3010005b|SQ|||RTProtocolCodeSequence|
3010005c|ST|||ReasonForSuperseding|Reason for Superseding
3010005d|SQ|||RTDiagnosisCodeSequence|
3010005e|US|||ReferencedRTPhysicianIntentIndex|
3010005f|SQ|||RTPhysicianIntentInputInstanceSequence|
30100060|SQ|||RTAnatomicPrescriptionSequence|
30100061|UT|||PriorTreatmentDoseDescription|
30100062|SQ|||PriorTreatmentReferenceSequence|
30100063|CS|||DosimetricObjectiveEvaluationScope|
30100064|SQ|||TherapeuticRoleCategoryCodeSequence|
30100065|SQ|||TherapeuticRoleTypeCodeSequence|
30100066|US|||ConceptualVolumeOptimizationPrecedence|
30100067|SQ|||ConceptualVolumeCategoryCodeSequence|
30100068|CS|||ConceptualVolumeBlockingConstraint|
30100069|SQ|||ConceptualVolumeTypeCodeSequence|
3010006a|SQ|||ConceptualVolumeTypeModifierCodeSequence|
3010006b|SQ|||RTPrescriptionSequence|
3010006c|SQ|||DosimetricObjectiveSequence|
3010006d|SQ|||DosimetricObjectiveTypeCodeSequence|
3010006e|UI|||DosimetricObjectiveUID|
3010006f|UI|||ReferencedDosimetricObjectiveUID|
30100070|SQ|||DosimetricObjectiveParameterSequence|
30100071|SQ|||ReferencedDosimetricObjectivesSequence|
30100073|CS|||AbsoluteDosimetricObjectiveFlag|
30100074|FD|||DosimetricObjectiveWeight|
30100075|CS|||DosimetricObjectivePurpose|
30100076|SQ|||PlanningInputInformationSequence|
30100077|LO|||TreatmentSite|
30100078|SQ|||TreatmentSiteCodeSequence|
30100079|SQ|||FractionPatternSequence|
3010007a|UT|||TreatmentTechniqueNotes|
3010007b|UT|||PrescriptionNotes|
3010007c|IS|||NumberOfIntervalFractions|Number of Interval Fractions
3010007d|US|||NumberOfFractions|Number of Fractions
3010007e|US|||IntendedDeliveryDuration|
3010007f|UT|||FractionationNotes|
30100080|SQ|||RTTreatmentTechniqueCodeSequence|
30100081|SQ|||PrescriptionNotesSequence|
30100082|SQ|||FractionBasedRelationshipSequence|Fraction-Based Relationship Sequence
30100083|CS|||FractionBasedRelationshipIntervalAnchor|Fraction-Based Relationship Interval Anchor
30100084|FD|||MinimumHoursBetweenFractions|Minimum Hours between Fractions
30100085|TM|1-n||IntendedFractionStartTime|
30100086|LT|||IntendedStartDayOfWeek|Intended Start Day of Week
30100087|SQ|||WeekdayFractionPatternSequence|
30100088|SQ|||DeliveryTimeStructureCodeSequence|
30100089|SQ|||TreatmentSiteModifierCodeSequence|
30100090|CS||R|RoboticBaseLocationIndicator|
30100091|SQ|||RoboticPathNodeSetCodeSequence|
30100092|UL|||RoboticNodeIdentifier|
30100093|FD|3||RTTreatmentSourceCoordinates|
30100094|FD|||RadiationSourceCoordinateSystemYawAngle|Radiation Source Coordinate SystemYaw Angle
30100095|FD|||RadiationSourceCoordinateSystemRollAngle|Radiation Source Coordinate SystemRoll Angle
30100096|FD|||RadiationSourceCoordinateSystemPitchAngle|
30100097|SQ|||RoboticPathControlPointSequence|
30100098|SQ|||TomotherapeuticControlPointSequence|
30100099|FD|1-n||TomotherapeuticLeafOpenDurations|
3010009a|FD|1-n||TomotherapeuticLeafInitialClosedDurations|
301000a0|SQ|||ConceptualVolumeIdentificationSequence|
40000010|LT||R|Arbitrary|
40004000|LT||R|TextComments|
40080040|SH||R|ResultsID|
40080042|LO||R|ResultsIDIssuer|
40080050|SQ||R|ReferencedInterpretationSequence|
400800ff|CS||R|ReportProductionStatusTrial|Report Production Status (Trial)
40080100|DA||R|InterpretationRecordedDate|
40080101|TM||R|InterpretationRecordedTime|
40080102|PN||R|InterpretationRecorder|
40080103|LO||R|ReferenceToRecordedSound|Reference to Recorded Sound
40080108|DA||R|InterpretationTranscriptionDate|
40080109|TM||R|InterpretationTranscriptionTime|
4008010a|PN||R|InterpretationTranscriber|
4008010b|ST||R|InterpretationText|
4008010c|PN||R|InterpretationAuthor|
40080111|SQ||R|InterpretationApproverSequence|
40080112|DA||R|InterpretationApprovalDate|
40080113|TM||R|InterpretationApprovalTime|
40080114|PN||R|PhysicianApprovingInterpretation|
40080115|LT||R|InterpretationDiagnosisDescription|
40080117|SQ||R|InterpretationDiagnosisCodeSequence|
40080118|SQ||R|ResultsDistributionListSequence|
40080119|PN||R|DistributionName|
4008011a|LO||R|DistributionAddress|
40080200|SH||R|InterpretationID|
40080202|LO||R|InterpretationIDIssuer|
40080210|CS||R|InterpretationTypeID|
40080212|CS||R|InterpretationStatusID|
40080300|ST||R|Impressions|
40084000|ST||R|ResultsComments|
40100001|CS|||LowEnergyDetectors|
40100002|CS|||HighEnergyDetectors|
40100004|SQ|||DetectorGeometrySequence|
40101001|SQ|||ThreatROIVoxelSequence|
40101004|FL|3||ThreatROIBase|
40101005|FL|3||ThreatROIExtents|
40101006|OB|||ThreatROIBitmap|
40101007|SH|||RouteSegmentID|
40101008|CS|||GantryType|
40101009|CS|||OOIOwnerType|
4010100a|SQ|||RouteSegmentSequence|
40101010|US|||PotentialThreatObjectID|
40101011|SQ|||ThreatSequence|
40101012|CS|||ThreatCategory|
40101013|LT|||ThreatCategoryDescription|
40101014|CS|||ATDAbilityAssessment|
40101015|CS|||ATDAssessmentFlag|
40101016|FL|||ATDAssessmentProbability|
40101017|FL|||Mass|
40101018|FL|||Density|
40101019|FL|||ZEffective|
4010101a|SH|||BoardingPassID|
4010101b|FL|3||CenterOfMass|Center of Mass
4010101c|FL|3||CenterOfPTO|Center of PTO
4010101d|FL|6-n||BoundingPolygon|
4010101e|SH|||RouteSegmentStartLocationID|
4010101f|SH|||RouteSegmentEndLocationID|
40101020|CS|||RouteSegmentLocationIDType|
40101021|CS|1-n||AbortReason|
40101023|FL|||VolumeOfPTO|Volume of PTO
40101024|CS|||AbortFlag|
40101025|DT|||RouteSegmentStartTime|
40101026|DT|||RouteSegmentEndTime|
40101027|CS|||TDRType|
40101028|CS|||InternationalRouteSegment|
40101029|LO|1-n||ThreatDetectionAlgorithmAndVersion|Threat Detection Algorithm and Version
4010102a|SH|||AssignedLocation|
4010102b|DT|||AlarmDecisionTime|
40101031|CS|||AlarmDecision|
40101033|US|||NumberOfTotalObjects|Number of Total Objects
40101034|US|||NumberOfAlarmObjects|Number of Alarm Objects
40101037|SQ|||PTORepresentationSequence|
40101038|SQ|||ATDAssessmentSequence|
40101039|CS|||TIPType|
4010103a|CS|||DICOSVersion|
40101041|DT|||OOIOwnerCreationTime|
40101042|CS|||OOIType|
40101043|FL|3||OOISize|
40101044|CS|||AcquisitionStatus|
40101045|SQ|||BasisMaterialsCodeSequence|
40101046|CS|||PhantomType|
40101047|SQ|||OOIOwnerSequence|
40101048|CS|||ScanType|
40101051|LO|||ItineraryID|
40101052|SH|||ItineraryIDType|
40101053|LO|||ItineraryIDAssigningAuthority|
40101054|SH|||RouteID|
40101055|SH|||RouteIDAssigningAuthority|
40101056|CS|||InboundArrivalType|
40101058|SH|||CarrierID|
40101059|CS|||CarrierIDAssigningAuthority|
40101060|FL|3||SourceOrientation|
40101061|FL|3||SourcePosition|
40101062|FL|||BeltHeight|
40101064|SQ|||AlgorithmRoutingCodeSequence|
40101067|CS|||TransportClassification|
40101068|LT|||OOITypeDescriptor|
40101069|FL|||TotalProcessingTime|
4010106c|OB|||DetectorCalibrationData|
4010106d|CS|||AdditionalScreeningPerformed|
4010106e|CS|||AdditionalInspectionSelectionCriteria|
4010106f|SQ|||AdditionalInspectionMethodSequence|
40101070|CS|||AITDeviceType|
40101071|SQ|||QRMeasurementsSequence|
40101072|SQ|||TargetMaterialSequence|
40101073|FD|||SNRThreshold|
40101075|DS|||ImageScaleRepresentation|
40101076|SQ|||ReferencedPTOSequence|
40101077|SQ|||ReferencedTDRInstanceSequence|
40101078|ST|||PTOLocationDescription|
40101079|SQ|||AnomalyLocatorIndicatorSequence|
4010107a|FL|3||AnomalyLocatorIndicator|
4010107b|SQ|||PTORegionSequence|
4010107c|CS|||InspectionSelectionCriteria|
4010107d|SQ|||SecondaryInspectionMethodSequence|
4010107e|DS|6||PRCSToRCSOrientation|PRCS to RCS Orientation
4ffe0001|SQ|||MACParametersSequence|
52009229|SQ|||SharedFunctionalGroupsSequence|
52009230|SQ|||PerFrameFunctionalGroupsSequence|Per-Frame Functional Groups Sequence
54000100|SQ|||WaveformSequence|
54000110|OB/OW|||ChannelMinimumValue|
54000112|OB/OW|||ChannelMaximumValue|
54001004|US|||WaveformBitsAllocated|
54001006|CS|||WaveformSampleInterpretation|
5400100a|OB/OW|||WaveformPaddingValue|
54001010|OB/OW|||WaveformData|
56000010|OF|||FirstOrderPhaseCorrectionAngle|
56000020|OF|||SpectroscopyData|
7fe00001|OV|||ExtendedOffsetTable|
7fe00002|OV|||ExtendedOffsetTableLengths|
7fe00003|UV|||EncapsulatedPixelDataValueTotalLength|
7fe00008|OF|||FloatPixelData|
7fe00009|OD|||DoubleFloatPixelData|
7fe00010|OB/OW|||PixelData|
7fe00020|OW||R|CoefficientsSDVN|
7fe00030|OW||R|CoefficientsSDHN|
7fe00040|OW||R|CoefficientsSDDN|
fffafffa|SQ|||DigitalSignaturesSequence|
fffcfffc|OB|||DataSetTrailingPadding|
fffee000||||Item|
fffee00d||||ItemDelimitationItem|
fffee0dd||||SequenceDelimitationItem|
002031xx|CS|1-n|R|SourceImageIDs|Source Image IDs
002804x0|US||R|RowsForNthOrderCoefficients|
002804x1|US||R|ColumnsForNthOrderCoefficients|
002804x2|LO|1-n|R|CoefficientCoding|
002804x3|AT|1-n|R|CoefficientCodingPointers|
002808x0|CS|1-n|R|CodeLabel|
002808x2|US||R|NumberOfTables|Number of Tables
002808x3|AT|1-n|R|CodeTableLocation|
002808x4|US||R|BitsForCodeWord|
002808x8|AT|1-n|R|ImageDataLocation|
1000xxx0|US|3|R|EscapeTriplet|
1000xxx1|US|3|R|RunLengthTriplet|
1000xxx2|US||R|HuffmanTableSize|
1000xxx3|US|3|R|HuffmanTableTriplet|
1000xxx4|US||R|ShiftTableSize|
1000xxx5|US|3|R|ShiftTableTriplet|
1010xxxx|US|1-n|R|ZonalMap|
50xx0005|US||R|CurveDimensions|
50xx0010|US||R|NumberOfPoints|Number of Points
50xx0020|CS||R|TypeOfData|Type of Data
50xx0022|LO||R|CurveDescription|
50xx0030|SH|1-n|R|AxisUnits|
50xx0040|SH|1-n|R|AxisLabels|
50xx0103|US||R|DataValueRepresentation|
50xx0104|US|1-n|R|MinimumCoordinateValue|
50xx0105|US|1-n|R|MaximumCoordinateValue|
50xx0106|SH|1-n|R|CurveRange|
50xx0110|US|1-n|R|CurveDataDescriptor|
50xx0112|US|1-n|R|CoordinateStartValue|
50xx0114|US|1-n|R|CoordinateStepValue|
50xx1001|CS||R|CurveActivationLayer|
50xx2000|US||R|AudioType|
50xx2002|US||R|AudioSampleFormat|
50xx2004|US||R|NumberOfChannels|Number of Channels
50xx2006|UL||R|NumberOfSamples|Number of Samples
50xx2008|UL||R|SampleRate|
50xx200a|UL||R|TotalTime|
50xx200c|OB/OW||R|AudioSampleData|
50xx200e|LT||R|AudioComments|
50xx2500|LO||R|CurveLabel|
50xx2600|SQ||R|CurveReferencedOverlaySequence|
50xx2610|US||R|CurveReferencedOverlayGroup|
50xx3000|OB/OW||R|CurveData|
60xx0010|US|||OverlayRows|
60xx0011|US|||OverlayColumns|
60xx0012|US||R|OverlayPlanes|
60xx0015|IS|||NumberOfFramesInOverlay|Number of Frames in Overlay
60xx0022|LO|||OverlayDescription|
60xx0040|CS|||OverlayType|
60xx0045|LO|||OverlaySubtype|
60xx0050|SS|2||OverlayOrigin|
60xx0051|US|||ImageFrameOrigin|
60xx0052|US||R|OverlayPlaneOrigin|
60xx0060|CS||R|OverlayCompressionCode|
60xx0061|SH||R|OverlayCompressionOriginator|
60xx0062|SH||R|OverlayCompressionLabel|
60xx0063|CS||R|OverlayCompressionDescription|
60xx0066|AT|1-n|R|OverlayCompressionStepPointers|
60xx0068|US||R|OverlayRepeatInterval|
60xx0069|US||R|OverlayBitsGrouped|
60xx0100|US|||OverlayBitsAllocated|
60xx0102|US|||OverlayBitPosition|
60xx0110|CS||R|OverlayFormat|
60xx0200|US||R|OverlayLocation|
60xx0800|CS|1-n|R|OverlayCodeLabel|
60xx0802|US||R|OverlayNumberOfTables|Overlay Number of Tables
60xx0803|AT|1-n|R|OverlayCodeTableLocation|
60xx0804|US||R|OverlayBitsForCodeWord|
60xx1001|CS|||OverlayActivationLayer|
60xx1100|US||R|OverlayDescriptorGray|Overlay Descriptor - Gray
60xx1101|US||R|OverlayDescriptorRed|Overlay Descriptor - Red
60xx1102|US||R|OverlayDescriptorGreen|Overlay Descriptor - Green
60xx1103|US||R|OverlayDescriptorBlue|Overlay Descriptor - Blue
60xx1200|US|1-n|R|OverlaysGray|Overlays - Gray
60xx1201|US|1-n|R|OverlaysRed|Overlays - Red
60xx1202|US|1-n|R|OverlaysGreen|Overlays - Green
60xx1203|US|1-n|R|OverlaysBlue|Overlays - Blue
60xx1301|IS|||ROIArea|
60xx1302|DS|||ROIMean|
60xx1303|DS|||ROIStandardDeviation|
60xx1500|LO|||OverlayLabel|
60xx3000|OB/OW|||OverlayData|
60xx4000|LT||R|OverlayComments|
7fxx0010|OB/OW||R|VariablePixelData|
7fxx0011|US||R|VariableNextDataGroup|
7fxx0020|OW||R|VariableCoefficientsSDVN|
7fxx0030|OW||R|VariableCoefficientsSDHN|
7fxx0040|OW||R|VariableCoefficientsSDDN|`;
